# Built from ui/personal_round.ui by `make forms`; do not edit.
UI_SHA256 = "1b4bec3f8be323964a1e92bfd8e1e8eb1707e743d347e989cc69c328a2ccf1d9"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'personal_round.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_PersonalRoundDialog(object):
    def setupUi(self, PersonalRoundDialog):
        if not PersonalRoundDialog.objectName():
            PersonalRoundDialog.setObjectName(u"PersonalRoundDialog")
        PersonalRoundDialog.resize(640, 460)
        self.layout = QVBoxLayout(PersonalRoundDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(PersonalRoundDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.introLabel = QLabel(PersonalRoundDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.roundTable = QTableWidget(PersonalRoundDialog)
        if (self.roundTable.columnCount() < 3):
            self.roundTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.roundTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.roundTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.roundTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.roundTable.setObjectName(u"roundTable")
        self.roundTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.roundTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.roundTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.roundTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.roundTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.noteButton = QPushButton(PersonalRoundDialog)
        self.noteButton.setObjectName(u"noteButton")
        self.noteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.noteButton)

        self.openButton = QPushButton(PersonalRoundDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.openButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PersonalRoundDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(2, 1)

        self.retranslateUi(PersonalRoundDialog)

        QMetaObject.connectSlotsByName(PersonalRoundDialog)
    # setupUi

    def retranslateUi(self, PersonalRoundDialog):
        PersonalRoundDialog.setWindowTitle(QCoreApplication.translate("PersonalRoundDialog", u"Personal round", None))
        self.summaryLabel.setText("")
        self.introLabel.setText("")
        ___qtablewidgetitem = self.roundTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PersonalRoundDialog", u"Name", None))
        ___qtablewidgetitem1 = self.roundTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PersonalRoundDialog", u"Company", None))
        ___qtablewidgetitem2 = self.roundTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PersonalRoundDialog", u"Written", None))
#if QT_CONFIG(accessibility)
        self.roundTable.setAccessibleName(QCoreApplication.translate("PersonalRoundDialog", u"Warm contacts in this round", None))
#endif // QT_CONFIG(accessibility)
        self.noteButton.setText(QCoreApplication.translate("PersonalRoundDialog", u"&Log a note\u2026", None))
#if QT_CONFIG(tooltip)
        self.noteButton.setToolTip(QCoreApplication.translate("PersonalRoundDialog", u"Log the note, e-mail or message you sent them: that ticks them off", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PersonalRoundDialog", u"&Open contact", None))
        self.closeButton.setText(QCoreApplication.translate("PersonalRoundDialog", u"Close", None))
    # retranslateUi

