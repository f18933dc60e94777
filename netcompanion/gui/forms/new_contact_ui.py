# Built from ui/new_contact.ui by `make forms`; do not edit.
UI_SHA256 = "374a2ab8bd872160fd3ede0834b4c0c56a63b869a04dd1cb4a111fcfc46be520"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_contact.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_NewContactDialog(object):
    def setupUi(self, NewContactDialog):
        if not NewContactDialog.objectName():
            NewContactDialog.setObjectName(u"NewContactDialog")
        NewContactDialog.resize(460, 300)
        self.layout = QVBoxLayout(NewContactDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(NewContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewContactDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.companyLabel = QLabel(NewContactDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(NewContactDialog)
        self.companyEdit.setObjectName(u"companyEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.titleLabel = QLabel(NewContactDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewContactDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.emailLabel = QLabel(NewContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(NewContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(NewContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(NewContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.linkedinLabel = QLabel(NewContactDialog)
        self.linkedinLabel.setObjectName(u"linkedinLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.linkedinLabel)

        self.linkedinEdit = QLineEdit(NewContactDialog)
        self.linkedinEdit.setObjectName(u"linkedinEdit")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.linkedinEdit)

        self.notesLabel = QLabel(NewContactDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(NewContactDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.fields)

        self.errorLabel = QLabel(NewContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.linkedinLabel.setBuddy(self.linkedinEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewContactDialog)

        QMetaObject.connectSlotsByName(NewContactDialog)
    # setupUi

    def retranslateUi(self, NewContactDialog):
        NewContactDialog.setWindowTitle(QCoreApplication.translate("NewContactDialog", u"New contact", None))
        self.nameLabel.setText(QCoreApplication.translate("NewContactDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewContactDialog", u"First and last name", None))
        self.companyLabel.setText(QCoreApplication.translate("NewContactDialog", u"&Company", None))
        self.titleLabel.setText(QCoreApplication.translate("NewContactDialog", u"&Title", None))
        self.emailLabel.setText(QCoreApplication.translate("NewContactDialog", u"&E-mail", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewContactDialog", u"&Phone", None))
        self.linkedinLabel.setText(QCoreApplication.translate("NewContactDialog", u"&LinkedIn", None))
        self.linkedinEdit.setPlaceholderText(QCoreApplication.translate("NewContactDialog", u"https://www.linkedin.com/in/\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("NewContactDialog", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("NewContactDialog", u"How you know them, what they care about", None))
        self.errorLabel.setText("")
    # retranslateUi

