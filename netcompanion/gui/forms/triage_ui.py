# Built from ui/triage.ui by `make forms`; do not edit.
UI_SHA256 = "4b4063f34227b36fc0d9417a89f8187f89e3707a624dc1c2c5e1da81d7627ee8"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'triage.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_TriageDialog(object):
    def setupUi(self, TriageDialog):
        if not TriageDialog.objectName():
            TriageDialog.setObjectName(u"TriageDialog")
        TriageDialog.resize(720, 400)
        self.layout = QVBoxLayout(TriageDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.progressLabel = QLabel(TriageDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.layout.addWidget(self.progressLabel)

        self.triageName = QLabel(TriageDialog)
        self.triageName.setObjectName(u"triageName")
        self.triageName.setWordWrap(True)

        self.layout.addWidget(self.triageName)

        self.whereLabel = QLabel(TriageDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.layout.addWidget(self.whereLabel)

        self.lastLabel = QLabel(TriageDialog)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)

        self.layout.addWidget(self.lastLabel)

        self.ratings = QFormLayout()
        self.ratings.setObjectName(u"ratings")
        self.closenessTitle = QLabel(TriageDialog)
        self.closenessTitle.setObjectName(u"closenessTitle")

        self.ratings.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closenessTitle)

        self.closenessLabel = QLabel(TriageDialog)
        self.closenessLabel.setObjectName(u"closenessLabel")

        self.ratings.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closenessLabel)

        self.valueTitle = QLabel(TriageDialog)
        self.valueTitle.setObjectName(u"valueTitle")

        self.ratings.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueTitle)

        self.valueLabel = QLabel(TriageDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.ratings.setWidget(1, QFormLayout.ItemRole.FieldRole, self.valueLabel)

        self.campaignTitle = QLabel(TriageDialog)
        self.campaignTitle.setObjectName(u"campaignTitle")

        self.ratings.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignTitle)

        self.campaignLabel = QLabel(TriageDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.ratings.setWidget(2, QFormLayout.ItemRole.FieldRole, self.campaignLabel)


        self.layout.addLayout(self.ratings)

        self.askLabel = QLabel(TriageDialog)
        self.askLabel.setObjectName(u"askLabel")
        self.askLabel.setWordWrap(True)

        self.layout.addWidget(self.askLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.hintLabel = QLabel(TriageDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(TriageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(TriageDialog)

        QMetaObject.connectSlotsByName(TriageDialog)
    # setupUi

    def retranslateUi(self, TriageDialog):
        TriageDialog.setWindowTitle(QCoreApplication.translate("TriageDialog", u"Triage contacts", None))
        self.progressLabel.setText("")
        self.triageName.setText("")
        self.whereLabel.setText("")
        self.lastLabel.setText("")
        self.closenessTitle.setText(QCoreApplication.translate("TriageDialog", u"Closeness", None))
        self.closenessLabel.setText("")
        self.valueTitle.setText(QCoreApplication.translate("TriageDialog", u"Value", None))
        self.valueLabel.setText("")
        self.campaignTitle.setText(QCoreApplication.translate("TriageDialog", u"Campaign", None))
        self.campaignLabel.setText("")
        self.askLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("TriageDialog", u"1\u20135 rate (closeness first, then value) \u00b7 Tab switches \u00b7 Space adds to the campaign \u00b7 \u2190 \u2192 move \u00b7 Esc closes", None))
    # retranslateUi

