# Built from ui/import_history.ui by `make forms`; do not edit.
UI_SHA256 = "716f0892bfb868b73d3f3c6ec4a98f07f78c44d9b1c78dde67257bd5fc217362"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(720, 400)
        self.layout = QVBoxLayout(ImportHistoryDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ImportHistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.batchesTable = QTableWidget(ImportHistoryDialog)
        if (self.batchesTable.columnCount() < 8):
            self.batchesTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.batchesTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.batchesTable.setObjectName(u"batchesTable")
        self.batchesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.batchesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batchesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.batchesTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.batchesTable)

        self.detailLabel = QLabel(ImportHistoryDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.layout.addWidget(self.detailLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonRow.addWidget(self.undoButton)

        self.duplicatesButton = QPushButton(ImportHistoryDialog)
        self.duplicatesButton.setObjectName(u"duplicatesButton")

        self.buttonRow.addWidget(self.duplicatesButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportHistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ImportHistoryDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Past imports", None))
        self.introLabel.setText(QCoreApplication.translate("ImportHistoryDialog", u"Every file imported so far, newest first. Undoing an import removes the contacts it added (unless you have worked with them since) and puts back what it changed; a backup is taken first.", None))
        ___qtablewidgetitem = self.batchesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportHistoryDialog", u"#", None))
        ___qtablewidgetitem1 = self.batchesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportHistoryDialog", u"When", None))
        ___qtablewidgetitem2 = self.batchesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportHistoryDialog", u"File", None))
        ___qtablewidgetitem3 = self.batchesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportHistoryDialog", u"Kind", None))
        ___qtablewidgetitem4 = self.batchesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportHistoryDialog", u"New", None))
        ___qtablewidgetitem5 = self.batchesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportHistoryDialog", u"Updated", None))
        ___qtablewidgetitem6 = self.batchesTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportHistoryDialog", u"State", None))
        ___qtablewidgetitem7 = self.batchesTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportHistoryDialog", u"To decide", None))
#if QT_CONFIG(tooltip)
        ___qtablewidgetitem7.setToolTip(QCoreApplication.translate("ImportHistoryDialog", u"Possible duplicates still to decide", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.batchesTable.setAccessibleName(QCoreApplication.translate("ImportHistoryDialog", u"Past imports", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText("")
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Undo this import\u2026", None))
        self.duplicatesButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"Possible &duplicates\u2026", None))
#if QT_CONFIG(tooltip)
        self.duplicatesButton.setToolTip(QCoreApplication.translate("ImportHistoryDialog", u"Decide, pair by pair, the people this import found that may be someone you already had", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"Close", None))
    # retranslateUi

