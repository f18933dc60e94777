# Built from ui/log_touch.ui by `make forms`; do not edit.
UI_SHA256 = "b1e08e78950855e2341d432af0fe7cb99207674c24bff92482eeaa973d23a0a5"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_touch.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_LogTouchDialog(object):
    def setupUi(self, LogTouchDialog):
        if not LogTouchDialog.objectName():
            LogTouchDialog.setObjectName(u"LogTouchDialog")
        LogTouchDialog.resize(560, 560)
        self.layout = QVBoxLayout(LogTouchDialog)
        self.layout.setObjectName(u"layout")
        self.whoLabel = FitLabel(LogTouchDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setProperty(u"maxLines", 2)
        font = QFont()
        font.setBold(True)
        self.whoLabel.setFont(font)
        self.whoLabel.setWordWrap(True)

        self.layout.addWidget(self.whoLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.channelLabel = QLabel(LogTouchDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(LogTouchDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.outcomeLabel = QLabel(LogTouchDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(LogTouchDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.moodLabel = QLabel(LogTouchDialog)
        self.moodLabel.setObjectName(u"moodLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.moodLabel)

        self.moodCombo = QComboBox(LogTouchDialog)
        self.moodCombo.setObjectName(u"moodCombo")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.moodCombo)

        self.dateLabel = QLabel(LogTouchDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LogTouchDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.layout.addLayout(self.fields)

        self.whatGroup = QGroupBox(LogTouchDialog)
        self.whatGroup.setObjectName(u"whatGroup")
        self.whatLayout = QGridLayout(self.whatGroup)
        self.whatLayout.setObjectName(u"whatLayout")
        self.askedAdviceCheck = QCheckBox(self.whatGroup)
        self.askedAdviceCheck.setObjectName(u"askedAdviceCheck")

        self.whatLayout.addWidget(self.askedAdviceCheck, 0, 0, 1, 1)

        self.askedJobCheck = QCheckBox(self.whatGroup)
        self.askedJobCheck.setObjectName(u"askedJobCheck")

        self.whatLayout.addWidget(self.askedJobCheck, 0, 1, 1, 1)

        self.sentResumeCheck = QCheckBox(self.whatGroup)
        self.sentResumeCheck.setObjectName(u"sentResumeCheck")

        self.whatLayout.addWidget(self.sentResumeCheck, 1, 0, 1, 1)

        self.gotNamesCheck = QCheckBox(self.whatGroup)
        self.gotNamesCheck.setObjectName(u"gotNamesCheck")

        self.whatLayout.addWidget(self.gotNamesCheck, 1, 1, 1, 1)


        self.layout.addWidget(self.whatGroup)

        self.namesLabel = QLabel(LogTouchDialog)
        self.namesLabel.setObjectName(u"namesLabel")
        self.namesLabel.setWordWrap(True)

        self.layout.addWidget(self.namesLabel)

        self.namesEdit = QPlainTextEdit(LogTouchDialog)
        self.namesEdit.setObjectName(u"namesEdit")
        self.namesEdit.setMaximumSize(QSize(16777215, 80))
        self.namesEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.namesEdit)

        self.notesLabel = QLabel(LogTouchDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(LogTouchDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.notesEdit)

        self.nudgesLabel = QLabel(LogTouchDialog)
        self.nudgesLabel.setObjectName(u"nudgesLabel")
        self.nudgesLabel.setWordWrap(True)
        self.nudgesLabel.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.nudgesLabel)

        self.buttonBox = QDialogButtonBox(LogTouchDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.moodLabel.setBuddy(self.moodCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogTouchDialog)

        QMetaObject.connectSlotsByName(LogTouchDialog)
    # setupUi

    def retranslateUi(self, LogTouchDialog):
        LogTouchDialog.setWindowTitle(QCoreApplication.translate("LogTouchDialog", u"Log a touch", None))
        self.whoLabel.setText("")
        self.channelLabel.setText(QCoreApplication.translate("LogTouchDialog", u"&Channel", None))
        self.outcomeLabel.setText(QCoreApplication.translate("LogTouchDialog", u"&Outcome", None))
        self.moodLabel.setText(QCoreApplication.translate("LogTouchDialog", u"How they &took it", None))
        self.dateLabel.setText(QCoreApplication.translate("LogTouchDialog", u"&When", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("LogTouchDialog", u"ddd d MMM yyyy", None))
        self.whatGroup.setTitle(QCoreApplication.translate("LogTouchDialog", u"What happened", None))
        self.askedAdviceCheck.setText(QCoreApplication.translate("LogTouchDialog", u"Asked for &advice", None))
        self.askedJobCheck.setText(QCoreApplication.translate("LogTouchDialog", u"Asked about &jobs or openings", None))
        self.sentResumeCheck.setText(QCoreApplication.translate("LogTouchDialog", u"Sent my &r\u00e9sum\u00e9", None))
        self.gotNamesCheck.setText(QCoreApplication.translate("LogTouchDialog", u"Got &names of people to talk to", None))
        self.namesLabel.setText(QCoreApplication.translate("LogTouchDialog", u"Names they gave you, one per line (each becomes a contact \u201creferred by\u201d them):", None))
        self.notesLabel.setText(QCoreApplication.translate("LogTouchDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("LogTouchDialog", u"What you talked about, what you promised, what to bring up next time\u2026", None))
        self.nudgesLabel.setText("")
    # retranslateUi

