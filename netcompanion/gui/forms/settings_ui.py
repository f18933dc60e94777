# Built from ui/settings.ui by `make forms`; do not edit.
UI_SHA256 = "c8625b23a6bbb39ff491bb3dd42311248f9f72dec4b5ee782b98ae8a95966359"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTimeEdit, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(600, 340)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.callsTab = QWidget()
        self.callsTab.setObjectName(u"callsTab")
        self.callsForm = QFormLayout(self.callsTab)
        self.callsForm.setObjectName(u"callsForm")
        self.callsForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.quotaLabel = QLabel(self.callsTab)
        self.quotaLabel.setObjectName(u"quotaLabel")

        self.callsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quotaLabel)

        self.quotaSpin = QSpinBox(self.callsTab)
        self.quotaSpin.setObjectName(u"quotaSpin")
        self.quotaSpin.setMinimum(1)
        self.quotaSpin.setMaximum(200)

        self.callsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quotaSpin)

        self.daysLabel = QLabel(self.callsTab)
        self.daysLabel.setObjectName(u"daysLabel")

        self.callsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysRow = QHBoxLayout()
        self.daysRow.setObjectName(u"daysRow")
        self.day1 = QCheckBox(self.callsTab)
        self.day1.setObjectName(u"day1")

        self.daysRow.addWidget(self.day1)

        self.day2 = QCheckBox(self.callsTab)
        self.day2.setObjectName(u"day2")

        self.daysRow.addWidget(self.day2)

        self.day3 = QCheckBox(self.callsTab)
        self.day3.setObjectName(u"day3")

        self.daysRow.addWidget(self.day3)

        self.day4 = QCheckBox(self.callsTab)
        self.day4.setObjectName(u"day4")

        self.daysRow.addWidget(self.day4)

        self.day5 = QCheckBox(self.callsTab)
        self.day5.setObjectName(u"day5")

        self.daysRow.addWidget(self.day5)

        self.day6 = QCheckBox(self.callsTab)
        self.day6.setObjectName(u"day6")

        self.daysRow.addWidget(self.day6)

        self.day7 = QCheckBox(self.callsTab)
        self.day7.setObjectName(u"day7")

        self.daysRow.addWidget(self.day7)


        self.callsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.daysRow)

        self.cooldownLabel = QLabel(self.callsTab)
        self.cooldownLabel.setObjectName(u"cooldownLabel")

        self.callsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cooldownLabel)

        self.cooldownSpin = QSpinBox(self.callsTab)
        self.cooldownSpin.setObjectName(u"cooldownSpin")
        self.cooldownSpin.setMinimum(1)
        self.cooldownSpin.setMaximum(90)

        self.callsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cooldownSpin)

        self.attemptsLabel = QLabel(self.callsTab)
        self.attemptsLabel.setObjectName(u"attemptsLabel")

        self.callsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attemptsLabel)

        self.attemptsSpin = QSpinBox(self.callsTab)
        self.attemptsSpin.setObjectName(u"attemptsSpin")
        self.attemptsSpin.setMinimum(2)
        self.attemptsSpin.setMaximum(5)

        self.callsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attemptsSpin)

        self.introAttemptsLabel = QLabel(self.callsTab)
        self.introAttemptsLabel.setObjectName(u"introAttemptsLabel")

        self.callsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.introAttemptsLabel)

        self.introAttemptsSpin = QSpinBox(self.callsTab)
        self.introAttemptsSpin.setObjectName(u"introAttemptsSpin")
        self.introAttemptsSpin.setMinimum(2)
        self.introAttemptsSpin.setMaximum(3)

        self.callsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.introAttemptsSpin)

        self.noAskLabel = QLabel(self.callsTab)
        self.noAskLabel.setObjectName(u"noAskLabel")

        self.callsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noAskLabel)

        self.noAskSpin = QSpinBox(self.callsTab)
        self.noAskSpin.setObjectName(u"noAskSpin")
        self.noAskSpin.setMinimum(0)
        self.noAskSpin.setMaximum(365)

        self.callsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noAskSpin)

        self.thankLabel = QLabel(self.callsTab)
        self.thankLabel.setObjectName(u"thankLabel")

        self.callsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.thankLabel)

        self.thankSpin = QSpinBox(self.callsTab)
        self.thankSpin.setObjectName(u"thankSpin")
        self.thankSpin.setMinimum(0)
        self.thankSpin.setMaximum(14)

        self.callsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.thankSpin)

        self.tabs.addTab(self.callsTab, "")
        self.cadenceTab = QWidget()
        self.cadenceTab.setObjectName(u"cadenceTab")
        self.cadenceForm = QFormLayout(self.cadenceTab)
        self.cadenceForm.setObjectName(u"cadenceForm")
        self.cadenceForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.warmLabel = QLabel(self.cadenceTab)
        self.warmLabel.setObjectName(u"warmLabel")

        self.cadenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.warmLabel)

        self.warmSpin = QSpinBox(self.cadenceTab)
        self.warmSpin.setObjectName(u"warmSpin")
        self.warmSpin.setMinimum(7)
        self.warmSpin.setMaximum(730)

        self.cadenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.warmSpin)

        self.engagedLabel = QLabel(self.cadenceTab)
        self.engagedLabel.setObjectName(u"engagedLabel")

        self.cadenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.engagedLabel)

        self.engagedSpin = QSpinBox(self.cadenceTab)
        self.engagedSpin.setObjectName(u"engagedSpin")
        self.engagedSpin.setMinimum(7)
        self.engagedSpin.setMaximum(730)

        self.cadenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.engagedSpin)

        self.indifferentLabel = QLabel(self.cadenceTab)
        self.indifferentLabel.setObjectName(u"indifferentLabel")

        self.cadenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indifferentLabel)

        self.indifferentSpin = QSpinBox(self.cadenceTab)
        self.indifferentSpin.setObjectName(u"indifferentSpin")
        self.indifferentSpin.setMinimum(30)
        self.indifferentSpin.setMaximum(1095)

        self.cadenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indifferentSpin)

        self.thrilledLabel = QLabel(self.cadenceTab)
        self.thrilledLabel.setObjectName(u"thrilledLabel")

        self.cadenceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.thrilledLabel)

        self.thrilledSpin = QSpinBox(self.cadenceTab)
        self.thrilledSpin.setObjectName(u"thrilledSpin")
        self.thrilledSpin.setMinimum(1)
        self.thrilledSpin.setMaximum(30)

        self.cadenceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.thrilledSpin)

        self.roundLabel = QLabel(self.cadenceTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.cadenceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roundLabel)

        self.roundCombo = QComboBox(self.cadenceTab)
        self.roundCombo.setObjectName(u"roundCombo")

        self.cadenceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roundCombo)

        self.tabs.addTab(self.cadenceTab, "")
        self.remindersTab = QWidget()
        self.remindersTab.setObjectName(u"remindersTab")
        self.remindersForm = QFormLayout(self.remindersTab)
        self.remindersForm.setObjectName(u"remindersForm")
        self.remindersForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.zoneLabel = QLabel(self.remindersTab)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.remindersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(self.remindersTab)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)
        self.zoneCombo.setInsertPolicy(QComboBox.NoInsert)

        self.remindersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.digestLabel = QLabel(self.remindersTab)
        self.digestLabel.setObjectName(u"digestLabel")

        self.remindersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.digestLabel)

        self.digestEdit = QTimeEdit(self.remindersTab)
        self.digestEdit.setObjectName(u"digestEdit")

        self.remindersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.digestEdit)

        self.quietLabel = QLabel(self.remindersTab)
        self.quietLabel.setObjectName(u"quietLabel")

        self.remindersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quietLabel)

        self.quietRow = QHBoxLayout()
        self.quietRow.setObjectName(u"quietRow")
        self.quietFromEdit = QTimeEdit(self.remindersTab)
        self.quietFromEdit.setObjectName(u"quietFromEdit")

        self.quietRow.addWidget(self.quietFromEdit)

        self.quietTo = QLabel(self.remindersTab)
        self.quietTo.setObjectName(u"quietTo")

        self.quietRow.addWidget(self.quietTo)

        self.quietToEdit = QTimeEdit(self.remindersTab)
        self.quietToEdit.setObjectName(u"quietToEdit")

        self.quietRow.addWidget(self.quietToEdit)

        self.quietSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quietRow.addItem(self.quietSpacer)


        self.remindersForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.quietRow)

        self.notificationsCheck = QCheckBox(self.remindersTab)
        self.notificationsCheck.setObjectName(u"notificationsCheck")

        self.remindersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notificationsCheck)

        self.loginCheck = QCheckBox(self.remindersTab)
        self.loginCheck.setObjectName(u"loginCheck")

        self.remindersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.loginCheck)

        self.tabs.addTab(self.remindersTab, "")
        self.dataTab = QWidget()
        self.dataTab.setObjectName(u"dataTab")
        self.dataForm = QFormLayout(self.dataTab)
        self.dataForm.setObjectName(u"dataForm")
        self.dataForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.folderTitle = QLabel(self.dataTab)
        self.folderTitle.setObjectName(u"folderTitle")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderTitle)

        self.folderLabel = QLabel(self.dataTab)
        self.folderLabel.setObjectName(u"folderLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderLabel.sizePolicy().hasHeightForWidth())
        self.folderLabel.setSizePolicy(sizePolicy)
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dataForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.folderLabel)

        self.openFolderButton = QPushButton(self.dataTab)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.openFolderButton)

        self.backupTitle = QLabel(self.dataTab)
        self.backupTitle.setObjectName(u"backupTitle")

        self.dataForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupTitle)

        self.backupLabel = QLabel(self.dataTab)
        self.backupLabel.setObjectName(u"backupLabel")
        sizePolicy.setHeightForWidth(self.backupLabel.sizePolicy().hasHeightForWidth())
        self.backupLabel.setSizePolicy(sizePolicy)
        self.backupLabel.setWordWrap(True)

        self.dataForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupLabel)

        self.backupButton = QPushButton(self.dataTab)
        self.backupButton.setObjectName(u"backupButton")

        self.dataForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupButton)

        self.tabs.addTab(self.dataTab, "")

        self.layout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.quotaLabel.setBuddy(self.quotaSpin)
        self.daysLabel.setBuddy(self.day1)
        self.cooldownLabel.setBuddy(self.cooldownSpin)
        self.attemptsLabel.setBuddy(self.attemptsSpin)
        self.introAttemptsLabel.setBuddy(self.introAttemptsSpin)
        self.noAskLabel.setBuddy(self.noAskSpin)
        self.thankLabel.setBuddy(self.thankSpin)
        self.warmLabel.setBuddy(self.warmSpin)
        self.engagedLabel.setBuddy(self.engagedSpin)
        self.indifferentLabel.setBuddy(self.indifferentSpin)
        self.thrilledLabel.setBuddy(self.thrilledSpin)
        self.roundLabel.setBuddy(self.roundCombo)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.digestLabel.setBuddy(self.digestEdit)
        self.quietLabel.setBuddy(self.quietFromEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.quotaLabel.setText(QCoreApplication.translate("SettingsDialog", u"Calls per &day", None))
        self.daysLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Working days", None))
        self.day1.setText(QCoreApplication.translate("SettingsDialog", u"Mon", None))
        self.day2.setText(QCoreApplication.translate("SettingsDialog", u"Tue", None))
        self.day3.setText(QCoreApplication.translate("SettingsDialog", u"Wed", None))
        self.day4.setText(QCoreApplication.translate("SettingsDialog", u"Thu", None))
        self.day5.setText(QCoreApplication.translate("SettingsDialog", u"Fri", None))
        self.day6.setText(QCoreApplication.translate("SettingsDialog", u"Sat", None))
        self.day7.setText(QCoreApplication.translate("SettingsDialog", u"Sun", None))
        self.cooldownLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Cooldown after no answer", None))
        self.cooldownSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days (grows with each try)", None))
        self.attemptsLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Park after", None))
        self.attemptsSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" unanswered attempts", None))
        self.introAttemptsLabel.setText(QCoreApplication.translate("SettingsDialog", u"Let an &introduction rest after", None))
        self.introAttemptsSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" unanswered follow-ups", None))
        self.noAskLabel.setText(QCoreApplication.translate("SettingsDialog", u"&No-ask period", None))
        self.noAskSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days after re-connecting", None))
        self.thankLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Thank-you note due", None))
        self.thankSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days after a meeting", None))
        self.tabs.setTabText(self.tabs.indexOf(self.callsTab), QCoreApplication.translate("SettingsDialog", u"Calls", None))
        self.warmLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Warm contacts every", None))
        self.warmSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.engagedLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Engaged contacts every", None))
        self.engagedSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.indifferentLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Indifferent contacts every", None))
        self.indifferentSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.thrilledLabel.setText(QCoreApplication.translate("SettingsDialog", u"Next step after a &thrilled call", None))
        self.thrilledSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.roundLabel.setText(QCoreApplication.translate("SettingsDialog", u"Personal &round of notes", None))
#if QT_CONFIG(tooltip)
        self.roundCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"How often every warm contact gets a note of their own (Today shows how far the round is)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.cadenceTab), QCoreApplication.translate("SettingsDialog", u"Keep in touch", None))
        self.zoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"Time &zone", None))
#if QT_CONFIG(tooltip)
        self.zoneCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Where \"today\", the morning digest and quiet hours are counted; type a few letters, e.g. Berlin", None))
#endif // QT_CONFIG(tooltip)
        self.digestLabel.setText(QCoreApplication.translate("SettingsDialog", u"Morning &digest at", None))
        self.digestEdit.setDisplayFormat(QCoreApplication.translate("SettingsDialog", u"HH:mm", None))
        self.quietLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Quiet hours", None))
        self.quietFromEdit.setDisplayFormat(QCoreApplication.translate("SettingsDialog", u"HH:mm", None))
        self.quietTo.setText(QCoreApplication.translate("SettingsDialog", u"to", None))
        self.quietToEdit.setDisplayFormat(QCoreApplication.translate("SettingsDialog", u"HH:mm", None))
        self.notificationsCheck.setText(QCoreApplication.translate("SettingsDialog", u"Show desktop &notifications", None))
        self.loginCheck.setText(QCoreApplication.translate("SettingsDialog", u"Start at &login (in the tray)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.remindersTab), QCoreApplication.translate("SettingsDialog", u"Reminders", None))
        self.folderTitle.setText(QCoreApplication.translate("SettingsDialog", u"Database", None))
        self.folderLabel.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&Open data folder", None))
        self.backupTitle.setText(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.backupLabel.setText("")
        self.backupButton.setText(QCoreApplication.translate("SettingsDialog", u"&Back up now", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dataTab), QCoreApplication.translate("SettingsDialog", u"Data", None))
    # retranslateUi

