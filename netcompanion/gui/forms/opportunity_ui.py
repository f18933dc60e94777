# Built from ui/opportunity.ui by `make forms`; do not edit.
UI_SHA256 = "65a8a2d9dea32871cf7199f1c574bc9285c0c047d4ef2ad279e3c30259eb83b0"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opportunity.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_OpportunityDialog(object):
    def setupUi(self, OpportunityDialog):
        if not OpportunityDialog.objectName():
            OpportunityDialog.setObjectName(u"OpportunityDialog")
        OpportunityDialog.resize(500, 270)
        self.layout = QVBoxLayout(OpportunityDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.companyLabel = QLabel(OpportunityDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(OpportunityDialog)
        self.companyEdit.setObjectName(u"companyEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.titleLabel = QLabel(OpportunityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(OpportunityDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.throughLabel = QLabel(OpportunityDialog)
        self.throughLabel.setObjectName(u"throughLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.throughLabel)

        self.throughEdit = QLineEdit(OpportunityDialog)
        self.throughEdit.setObjectName(u"throughEdit")
        self.throughEdit.setClearButtonEnabled(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.throughEdit)

        self.managerLabel = QLabel(OpportunityDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerEdit = QLineEdit(OpportunityDialog)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setClearButtonEnabled(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.notesLabel = QLabel(OpportunityDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(OpportunityDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.fields)

        self.problemLabel = QLabel(OpportunityDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(OpportunityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.companyLabel.setBuddy(self.companyEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.throughLabel.setBuddy(self.throughEdit)
        self.managerLabel.setBuddy(self.managerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.companyEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.throughEdit)
        QWidget.setTabOrder(self.throughEdit, self.managerEdit)
        QWidget.setTabOrder(self.managerEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(OpportunityDialog)

        QMetaObject.connectSlotsByName(OpportunityDialog)
    # setupUi

    def retranslateUi(self, OpportunityDialog):
        OpportunityDialog.setWindowTitle(QCoreApplication.translate("OpportunityDialog", u"New opportunity", None))
        self.companyLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Company", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"where the opening is", None))
        self.titleLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Opening", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"e.g. Data engineer", None))
        self.throughLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Through", None))
        self.throughEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"who told you about it or put you forward (optional)", None))
        self.managerLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Hiring manager", None))
        self.managerEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"type a name, if you know them (optional)", None))
        self.notesLabel.setText(QCoreApplication.translate("OpportunityDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("OpportunityDialog", u"anything to remember about it (optional)", None))
        self.problemLabel.setText("")
    # retranslateUi

