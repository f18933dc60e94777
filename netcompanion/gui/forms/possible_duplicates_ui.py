# Built from ui/possible_duplicates.ui by `make forms`; do not edit.
UI_SHA256 = "bcb56de772285f104c7ae563498f0e46302ec091068fd2dfc298f700bdd839cd"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'possible_duplicates.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_PossibleDuplicatesDialog(object):
    def setupUi(self, PossibleDuplicatesDialog):
        if not PossibleDuplicatesDialog.objectName():
            PossibleDuplicatesDialog.setObjectName(u"PossibleDuplicatesDialog")
        PossibleDuplicatesDialog.resize(760, 360)
        self.layout = QVBoxLayout(PossibleDuplicatesDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PossibleDuplicatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.pairsTable = QTableWidget(PossibleDuplicatesDialog)
        if (self.pairsTable.columnCount() < 3):
            self.pairsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.pairsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.pairsTable.setObjectName(u"pairsTable")
        self.pairsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pairsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pairsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pairsTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.pairsTable)

        self.detailLabel = QLabel(PossibleDuplicatesDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.layout.addWidget(self.detailLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.compareButton = QPushButton(PossibleDuplicatesDialog)
        self.compareButton.setObjectName(u"compareButton")

        self.buttonRow.addWidget(self.compareButton)

        self.differentButton = QPushButton(PossibleDuplicatesDialog)
        self.differentButton.setObjectName(u"differentButton")

        self.buttonRow.addWidget(self.differentButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PossibleDuplicatesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(PossibleDuplicatesDialog)

        self.compareButton.setDefault(True)


        QMetaObject.connectSlotsByName(PossibleDuplicatesDialog)
    # setupUi

    def retranslateUi(self, PossibleDuplicatesDialog):
        PossibleDuplicatesDialog.setWindowTitle(QCoreApplication.translate("PossibleDuplicatesDialog", u"Possible duplicates", None))
        self.introLabel.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"People an import found that may be someone you already had, still to decide. Compare a pair side by side (Return or double-click) to keep one record with the history of both, or say they are different people: they are then not asked about again.", None))
        ___qtablewidgetitem = self.pairsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"Import", None))
        ___qtablewidgetitem1 = self.pairsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"Contact", None))
        ___qtablewidgetitem2 = self.pairsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"May be the same as", None))
#if QT_CONFIG(accessibility)
        self.pairsTable.setAccessibleName(QCoreApplication.translate("PossibleDuplicatesDialog", u"Possible duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText("")
        self.compareButton.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"&Compare and merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.compareButton.setToolTip(QCoreApplication.translate("PossibleDuplicatesDialog", u"Both records side by side: keep one, with the history of both (Return)", None))
#endif // QT_CONFIG(tooltip)
        self.differentButton.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"&Different people", None))
#if QT_CONFIG(tooltip)
        self.differentButton.setToolTip(QCoreApplication.translate("PossibleDuplicatesDialog", u"Keep both; the pair is not asked about again", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PossibleDuplicatesDialog", u"Close", None))
    # retranslateUi

