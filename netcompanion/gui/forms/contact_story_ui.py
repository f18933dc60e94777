# Built from ui/contact_story.ui by `make forms`; do not edit.
UI_SHA256 = "0c3e3fdf193fb3b1472b9de70449d4afb12a51211ee468dfd2e2d54987d7d789"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_story.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_StoryForm(object):
    def setupUi(self, StoryForm):
        if not StoryForm.objectName():
            StoryForm.setObjectName(u"StoryForm")
        self.layout = QVBoxLayout(StoryForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.headRow = QHBoxLayout()
        self.headRow.setObjectName(u"headRow")
        self.backButton = QToolButton(StoryForm)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.backButton.setAutoRaise(True)

        self.headRow.addWidget(self.backButton)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(0)
        self.nameBox.setObjectName(u"nameBox")
        self.storyName = FitLabel(StoryForm)
        self.storyName.setObjectName(u"storyName")
        self.storyName.setProperty(u"maxLines", 2)
        self.storyName.setWordWrap(True)
        self.storyName.setAlignment(Qt.AlignLeft|Qt.AlignAbsolute|Qt.AlignVCenter)

        self.nameBox.addWidget(self.storyName)

        self.summaryLabel = FitLabel(StoryForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"maxLines", 3)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setAlignment(Qt.AlignLeft|Qt.AlignAbsolute|Qt.AlignVCenter)

        self.nameBox.addWidget(self.summaryLabel)


        self.headRow.addLayout(self.nameBox)

        self.logButton = QPushButton(StoryForm)
        self.logButton.setObjectName(u"logButton")

        self.headRow.addWidget(self.logButton)

        self.followupButton = QPushButton(StoryForm)
        self.followupButton.setObjectName(u"followupButton")

        self.headRow.addWidget(self.followupButton)

        self.saveButton = QPushButton(StoryForm)
        self.saveButton.setObjectName(u"saveButton")

        self.headRow.addWidget(self.saveButton)

        self.headRow.setStretch(1, 1)

        self.layout.addLayout(self.headRow)

        self.splitter = QSplitter(StoryForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.detailsScroll = QScrollArea(self.splitter)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFocusPolicy(Qt.NoFocus)
        self.detailsScroll.setMinimumSize(QSize(360, 0))
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setFrameShape(QFrame.NoFrame)
        self.details = QWidget()
        self.details.setObjectName(u"details")
        self.detailsForm = QFormLayout(self.details)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.firstLabel = QLabel(self.details)
        self.firstLabel.setObjectName(u"firstLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstEdit = QLineEdit(self.details)
        self.firstEdit.setObjectName(u"firstEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstEdit)

        self.lastLabel = QLabel(self.details)
        self.lastLabel.setObjectName(u"lastLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastEdit = QLineEdit(self.details)
        self.lastEdit.setObjectName(u"lastEdit")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastEdit)

        self.companyLabel = QLabel(self.details)
        self.companyLabel.setObjectName(u"companyLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(self.details)
        self.companyEdit.setObjectName(u"companyEdit")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.titleLabel = QLabel(self.details)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.details)
        self.titleEdit.setObjectName(u"titleEdit")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.emailsLabel = QLabel(self.details)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailsLabel)

        self.emailsEdit = QLineEdit(self.details)
        self.emailsEdit.setObjectName(u"emailsEdit")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailsEdit)

        self.phonesLabel = QLabel(self.details)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(self.details)
        self.phonesEdit.setObjectName(u"phonesEdit")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.linkedinLabel = QLabel(self.details)
        self.linkedinLabel.setObjectName(u"linkedinLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.linkedinLabel)

        self.linkedinEdit = QLineEdit(self.details)
        self.linkedinEdit.setObjectName(u"linkedinEdit")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.linkedinEdit)

        self.birthdayLabel = QLabel(self.details)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthdayEdit = QLineEdit(self.details)
        self.birthdayEdit.setObjectName(u"birthdayEdit")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthdayEdit)

        self.closenessLabel = QLabel(self.details)
        self.closenessLabel.setObjectName(u"closenessLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.closenessLabel)

        self.closenessCombo = QComboBox(self.details)
        self.closenessCombo.setObjectName(u"closenessCombo")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.closenessCombo)

        self.valueLabel = QLabel(self.details)
        self.valueLabel.setObjectName(u"valueLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueCombo = QComboBox(self.details)
        self.valueCombo.setObjectName(u"valueCombo")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.valueCombo)

        self.stageLabel = QLabel(self.details)
        self.stageLabel.setObjectName(u"stageLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(self.details)
        self.stageCombo.setObjectName(u"stageCombo")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.cadenceLabel = QLabel(self.details)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceCombo = QComboBox(self.details)
        self.cadenceCombo.setObjectName(u"cadenceCombo")
        self.cadenceCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.cadenceCombo)

        self.tagsLabel = QLabel(self.details)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(self.details)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.flagsLabel = QLabel(self.details)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsRow = QHBoxLayout()
        self.flagsRow.setObjectName(u"flagsRow")
        self.dniCheck = QCheckBox(self.details)
        self.dniCheck.setObjectName(u"dniCheck")

        self.flagsRow.addWidget(self.dniCheck)

        self.archivedCheck = QCheckBox(self.details)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.flagsRow.addWidget(self.archivedCheck)


        self.detailsForm.setLayout(13, QFormLayout.ItemRole.FieldRole, self.flagsRow)

        self.challengeLabel = QLabel(self.details)
        self.challengeLabel.setObjectName(u"challengeLabel")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.challengeLabel)

        self.challengeEdit = QLineEdit(self.details)
        self.challengeEdit.setObjectName(u"challengeEdit")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.challengeEdit)

        self.notesLabel = QLabel(self.details)
        self.notesLabel.setObjectName(u"notesLabel")

        self.detailsForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.details)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 90))

        self.detailsForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.stateTitle = QLabel(self.details)
        self.stateTitle.setObjectName(u"stateTitle")

        self.detailsForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.stateTitle)

        self.stateLabel = FitLabel(self.details)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.AutoText)
        self.stateLabel.setWordWrap(True)

        self.detailsForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.stateLabel)

        self.detailsScroll.setWidget(self.details)
        self.splitter.addWidget(self.detailsScroll)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineList = QListWidget(self.timelineTab)
        self.timelineList.setObjectName(u"timelineList")
        self.timelineList.setWordWrap(True)
        self.timelineList.setAlternatingRowColors(True)

        self.timelineLayout.addWidget(self.timelineList)

        self.tabs.addTab(self.timelineTab, "")
        self.followupsTab = QWidget()
        self.followupsTab.setObjectName(u"followupsTab")
        self.followupsLayout = QVBoxLayout(self.followupsTab)
        self.followupsLayout.setObjectName(u"followupsLayout")
        self.followupList = QListWidget(self.followupsTab)
        self.followupList.setObjectName(u"followupList")
        self.followupList.setWordWrap(True)
        self.followupList.setAlternatingRowColors(True)
        self.followupList.setStyleSheet(u"QListWidget::item { padding: 5px 2px; }")

        self.followupsLayout.addWidget(self.followupList)

        self.followupButtons = QHBoxLayout()
        self.followupButtons.setObjectName(u"followupButtons")
        self.doneButton = QPushButton(self.followupsTab)
        self.doneButton.setObjectName(u"doneButton")

        self.followupButtons.addWidget(self.doneButton)

        self.snoozeButton = QPushButton(self.followupsTab)
        self.snoozeButton.setObjectName(u"snoozeButton")

        self.followupButtons.addWidget(self.snoozeButton)

        self.dismissButton = QPushButton(self.followupsTab)
        self.dismissButton.setObjectName(u"dismissButton")

        self.followupButtons.addWidget(self.dismissButton)

        self.fuSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followupButtons.addItem(self.fuSpacer)


        self.followupsLayout.addLayout(self.followupButtons)

        self.tabs.addTab(self.followupsTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.introsTitle = QLabel(self.peopleTab)
        self.introsTitle.setObjectName(u"introsTitle")

        self.peopleLayout.addWidget(self.introsTitle)

        self.introList = QListWidget(self.peopleTab)
        self.introList.setObjectName(u"introList")
        self.introList.setWordWrap(True)

        self.peopleLayout.addWidget(self.introList)

        self.referralsTitle = QLabel(self.peopleTab)
        self.referralsTitle.setObjectName(u"referralsTitle")

        self.peopleLayout.addWidget(self.referralsTitle)

        self.referralList = QListWidget(self.peopleTab)
        self.referralList.setObjectName(u"referralList")

        self.peopleLayout.addWidget(self.referralList)

        self.favoursTitle = QLabel(self.peopleTab)
        self.favoursTitle.setObjectName(u"favoursTitle")

        self.peopleLayout.addWidget(self.favoursTitle)

        self.favourList = QListWidget(self.peopleTab)
        self.favourList.setObjectName(u"favourList")
        self.favourList.setWordWrap(True)
        self.favourList.setAlternatingRowColors(True)
        self.favourList.setStyleSheet(u"QListWidget::item { padding: 3px 2px; }")

        self.peopleLayout.addWidget(self.favourList)

        self.favourButtons = QHBoxLayout()
        self.favourButtons.setObjectName(u"favourButtons")
        self.favourButton = QPushButton(self.peopleTab)
        self.favourButton.setObjectName(u"favourButton")

        self.favourButtons.addWidget(self.favourButton)

        self.removeFavourButton = QPushButton(self.peopleTab)
        self.removeFavourButton.setObjectName(u"removeFavourButton")
        self.removeFavourButton.setEnabled(False)

        self.favourButtons.addWidget(self.removeFavourButton)

        self.favoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.favourButtons.addItem(self.favoursSpacer)


        self.peopleLayout.addLayout(self.favourButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.splitter.addWidget(self.tabs)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.firstEdit)
        self.lastLabel.setBuddy(self.lastEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.emailsLabel.setBuddy(self.emailsEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.linkedinLabel.setBuddy(self.linkedinEdit)
        self.birthdayLabel.setBuddy(self.birthdayEdit)
        self.closenessLabel.setBuddy(self.closenessCombo)
        self.valueLabel.setBuddy(self.valueCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.cadenceLabel.setBuddy(self.cadenceCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.challengeLabel.setBuddy(self.challengeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StoryForm)

        QMetaObject.connectSlotsByName(StoryForm)
    # setupUi

    def retranslateUi(self, StoryForm):
        self.backButton.setText(QCoreApplication.translate("StoryForm", u"Back", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("StoryForm", u"Back to the list (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.storyName.setText("")
        self.summaryLabel.setText("")
        self.logButton.setText(QCoreApplication.translate("StoryForm", u"&Log a touch\u2026", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("StoryForm", u"Ctrl+L", None))
#endif // QT_CONFIG(tooltip)
        self.followupButton.setText(QCoreApplication.translate("StoryForm", u"Add f&ollow-up\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("StoryForm", u"&Save changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("StoryForm", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.firstLabel.setText(QCoreApplication.translate("StoryForm", u"First name", None))
        self.lastLabel.setText(QCoreApplication.translate("StoryForm", u"Last name", None))
        self.companyLabel.setText(QCoreApplication.translate("StoryForm", u"Company", None))
        self.titleLabel.setText(QCoreApplication.translate("StoryForm", u"Title", None))
        self.emailsLabel.setText(QCoreApplication.translate("StoryForm", u"E-mails", None))
        self.emailsEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"comma-separated", None))
        self.phonesLabel.setText(QCoreApplication.translate("StoryForm", u"Phones", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"comma-separated", None))
        self.linkedinLabel.setText(QCoreApplication.translate("StoryForm", u"LinkedIn", None))
        self.linkedinEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"https://www.linkedin.com/in/\u2026", None))
        self.birthdayLabel.setText(QCoreApplication.translate("StoryForm", u"Birthday", None))
        self.birthdayEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"14 March 1990, or 14 March without the year", None))
        self.closenessLabel.setText(QCoreApplication.translate("StoryForm", u"Closeness", None))
#if QT_CONFIG(tooltip)
        self.closenessCombo.setToolTip(QCoreApplication.translate("StoryForm", u"How glad would they be to hear from you? (1\u20135)", None))
#endif // QT_CONFIG(tooltip)
        self.valueLabel.setText(QCoreApplication.translate("StoryForm", u"Value", None))
#if QT_CONFIG(tooltip)
        self.valueCombo.setToolTip(QCoreApplication.translate("StoryForm", u"How good a long-term contact are they? (1\u20135)", None))
#endif // QT_CONFIG(tooltip)
        self.stageLabel.setText(QCoreApplication.translate("StoryForm", u"Stage", None))
        self.cadenceLabel.setText(QCoreApplication.translate("StoryForm", u"Keep in touch", None))
        self.tagsLabel.setText(QCoreApplication.translate("StoryForm", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"comma-separated", None))
        self.flagsLabel.setText(QCoreApplication.translate("StoryForm", u"Flags", None))
        self.dniCheck.setText(QCoreApplication.translate("StoryForm", u"Do not introduce", None))
        self.archivedCheck.setText(QCoreApplication.translate("StoryForm", u"Archived", None))
        self.challengeLabel.setText(QCoreApplication.translate("StoryForm", u"Biggest challenge", None))
        self.challengeEdit.setPlaceholderText(QCoreApplication.translate("StoryForm", u"something you could help with", None))
        self.notesLabel.setText(QCoreApplication.translate("StoryForm", u"Notes", None))
        self.stateTitle.setText(QCoreApplication.translate("StoryForm", u"State", None))
        self.stateLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("StoryForm", u"Timeline", None))
        self.doneButton.setText(QCoreApplication.translate("StoryForm", u"Mark &done", None))
        self.snoozeButton.setText(QCoreApplication.translate("StoryForm", u"Snooze a &week", None))
        self.dismissButton.setText(QCoreApplication.translate("StoryForm", u"D&ismiss", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followupsTab), QCoreApplication.translate("StoryForm", u"Follow-ups", None))
        self.introsTitle.setText(QCoreApplication.translate("StoryForm", u"Introductions", None))
        self.referralsTitle.setText(QCoreApplication.translate("StoryForm", u"People they referred you to", None))
        self.favoursTitle.setText(QCoreApplication.translate("StoryForm", u"What you did for them", None))
        self.favourButton.setText(QCoreApplication.translate("StoryForm", u"Lo&g a favour\u2026", None))
#if QT_CONFIG(tooltip)
        self.favourButton.setToolTip(QCoreApplication.translate("StoryForm", u"Write down what you did for them: advice, help, an introduction", None))
#endif // QT_CONFIG(tooltip)
        self.removeFavourButton.setText(QCoreApplication.translate("StoryForm", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeFavourButton.setToolTip(QCoreApplication.translate("StoryForm", u"Take the selected favour out of the list (Delete); Ctrl+Z puts it back", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("StoryForm", u"People", None))
#if QT_CONFIG(tooltip)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("StoryForm", u"Introductions, the people they referred you to, and what you did for them", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

