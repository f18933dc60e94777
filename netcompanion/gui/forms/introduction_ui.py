# Built from ui/introduction.ui by `make forms`; do not edit.
UI_SHA256 = "5a02dd06df579aa81713015375b8ca4a1b7b7b15b19f5fbef6290c23e11dc31b"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'introduction.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_IntroductionDialog(object):
    def setupUi(self, IntroductionDialog):
        if not IntroductionDialog.objectName():
            IntroductionDialog.setObjectName(u"IntroductionDialog")
        IntroductionDialog.resize(480, 230)
        self.layout = QVBoxLayout(IntroductionDialog)
        self.layout.setObjectName(u"layout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.introducerLabel = QLabel(IntroductionDialog)
        self.introducerLabel.setObjectName(u"introducerLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.introducerLabel)

        self.introducerEdit = QLineEdit(IntroductionDialog)
        self.introducerEdit.setObjectName(u"introducerEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.introducerEdit)

        self.introducedLabel = QLabel(IntroductionDialog)
        self.introducedLabel.setObjectName(u"introducedLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.introducedLabel)

        self.introducedEdit = QLineEdit(IntroductionDialog)
        self.introducedEdit.setObjectName(u"introducedEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.introducedEdit)

        self.companyLabel = QLabel(IntroductionDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(IntroductionDialog)
        self.companyEdit.setObjectName(u"companyEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.stageLabel = QLabel(IntroductionDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(IntroductionDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stageCombo)


        self.layout.addLayout(self.fields)

        self.nudgesLabel = QLabel(IntroductionDialog)
        self.nudgesLabel.setObjectName(u"nudgesLabel")
        self.nudgesLabel.setWordWrap(True)

        self.layout.addWidget(self.nudgesLabel)

        self.buttonBox = QDialogButtonBox(IntroductionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.introducerLabel.setBuddy(self.introducerEdit)
        self.introducedLabel.setBuddy(self.introducedEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntroductionDialog)

        QMetaObject.connectSlotsByName(IntroductionDialog)
    # setupUi

    def retranslateUi(self, IntroductionDialog):
        IntroductionDialog.setWindowTitle(QCoreApplication.translate("IntroductionDialog", u"New introduction", None))
        self.introducerLabel.setText(QCoreApplication.translate("IntroductionDialog", u"&Who introduces you", None))
        self.introducerEdit.setPlaceholderText(QCoreApplication.translate("IntroductionDialog", u"type a name\u2026", None))
        self.introducedLabel.setText(QCoreApplication.translate("IntroductionDialog", u"&To whom", None))
        self.introducedEdit.setPlaceholderText(QCoreApplication.translate("IntroductionDialog", u"type a name\u2026", None))
        self.companyLabel.setText(QCoreApplication.translate("IntroductionDialog", u"Toward &company", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("IntroductionDialog", u"their company, unless you say otherwise", None))
        self.stageLabel.setText(QCoreApplication.translate("IntroductionDialog", u"&Stage", None))
        self.nudgesLabel.setText("")
    # retranslateUi

