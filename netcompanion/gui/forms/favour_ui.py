# Built from ui/favour.ui by `make forms`; do not edit.
UI_SHA256 = "505734a436f9255304923b22bc57a3d215c83cc805deb292913b6ed1f74640bf"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'favour.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_FavourDialog(object):
    def setupUi(self, FavourDialog):
        if not FavourDialog.objectName():
            FavourDialog.setObjectName(u"FavourDialog")
        FavourDialog.resize(480, 260)
        self.layout = QVBoxLayout(FavourDialog)
        self.layout.setObjectName(u"layout")
        self.whoLabel = FitLabel(FavourDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setProperty(u"maxLines", 2)
        font = QFont()
        font.setBold(True)
        self.whoLabel.setFont(font)
        self.whoLabel.setWordWrap(True)

        self.layout.addWidget(self.whoLabel)

        self.challengeLabel = QLabel(FavourDialog)
        self.challengeLabel.setObjectName(u"challengeLabel")
        self.challengeLabel.setWordWrap(True)

        self.layout.addWidget(self.challengeLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.kindLabel = QLabel(FavourDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(FavourDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.otherLabel = QLabel(FavourDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.otherEdit = QLineEdit(FavourDialog)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setClearButtonEnabled(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherEdit)

        self.noteLabel = QLabel(FavourDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FavourDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.dayLabel = QLabel(FavourDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(FavourDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dayEdit)


        self.layout.addLayout(self.fields)

        self.problemLabel = QLabel(FavourDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FavourDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.otherLabel.setBuddy(self.otherEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.dayLabel.setBuddy(self.dayEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.otherEdit)
        QWidget.setTabOrder(self.otherEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.buttonBox)

        self.retranslateUi(FavourDialog)

        QMetaObject.connectSlotsByName(FavourDialog)
    # setupUi

    def retranslateUi(self, FavourDialog):
        FavourDialog.setWindowTitle(QCoreApplication.translate("FavourDialog", u"Log a favour", None))
        self.whoLabel.setText("")
        self.challengeLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("FavourDialog", u"&Kind", None))
        self.otherLabel.setText(QCoreApplication.translate("FavourDialog", u"Introduced &to", None))
        self.otherEdit.setPlaceholderText(QCoreApplication.translate("FavourDialog", u"type a name\u2026", None))
        self.noteLabel.setText(QCoreApplication.translate("FavourDialog", u"&What you did", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FavourDialog", u"e.g. reviewed their pitch deck", None))
        self.dayLabel.setText(QCoreApplication.translate("FavourDialog", u"&Day", None))
        self.dayEdit.setDisplayFormat(QCoreApplication.translate("FavourDialog", u"ddd d MMM yyyy", None))
        self.problemLabel.setText("")
    # retranslateUi

