# Built from ui/followup.ui by `make forms`; do not edit.
UI_SHA256 = "73b1cbeacfffa3cda10240229195c97c3e877b50caca069964e827e63c5bb2ed"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTimeEdit, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(420, 220)
        self.layout = QVBoxLayout(FollowUpDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.kindLabel = QLabel(FollowUpDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(FollowUpDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dueLabel = QLabel(FollowUpDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = QDateEdit(FollowUpDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.atCheck = QCheckBox(FollowUpDialog)
        self.atCheck.setObjectName(u"atCheck")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.atCheck)

        self.atEdit = QTimeEdit(FollowUpDialog)
        self.atEdit.setObjectName(u"atEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.atEdit)

        self.noteLabel = QLabel(FollowUpDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FollowUpDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.fields)

        self.hintLabel = QLabel(FollowUpDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Add a follow-up", None))
        self.kindLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&What", None))
        self.dueLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Due", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("FollowUpDialog", u"ddd d MMM yyyy", None))
        self.atCheck.setText(QCoreApplication.translate("FollowUpDialog", u"&At", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("FollowUpDialog", u"HH:mm", None))
        self.noteLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Note", None))
    # retranslateUi

