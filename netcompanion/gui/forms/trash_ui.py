# Built from ui/trash.ui by `make forms`; do not edit.
UI_SHA256 = "e1929ba050c3ef9d297f459c8fb4df605cc66a4e6ca055805919c65d6c9b96d0"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        TrashDialog.resize(680, 400)
        self.layout = QVBoxLayout(TrashDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TrashDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.trashTable = QTableWidget(TrashDialog)
        if (self.trashTable.columnCount() < 4):
            self.trashTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.trashTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.trashTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.trashTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.trashTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.trashTable.setObjectName(u"trashTable")
        self.trashTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trashTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trashTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.trashTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.trashTable)

        self.detailLabel = FitLabel(TrashDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setProperty(u"maxLines", 3)
        self.detailLabel.setWordWrap(True)

        self.layout.addWidget(self.detailLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(TrashDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.forgetButton = QPushButton(TrashDialog)
        self.forgetButton.setObjectName(u"forgetButton")

        self.buttonRow.addWidget(self.forgetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(TrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(1, 1)

        self.retranslateUi(TrashDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"Trash", None))
        self.introLabel.setText(QCoreApplication.translate("TrashDialog", u"Deleted contacts stay here with all their history for 30 days, then go for good. Restore brings one back as it was.", None))
        ___qtablewidgetitem = self.trashTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrashDialog", u"Name", None))
        ___qtablewidgetitem1 = self.trashTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrashDialog", u"Company", None))
        ___qtablewidgetitem2 = self.trashTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TrashDialog", u"Deleted", None))
        ___qtablewidgetitem3 = self.trashTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("TrashDialog", u"Goes for good", None))
#if QT_CONFIG(accessibility)
        self.trashTable.setAccessibleName(QCoreApplication.translate("TrashDialog", u"Deleted contacts", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText("")
        self.restoreButton.setText(QCoreApplication.translate("TrashDialog", u"&Restore", None))
        self.forgetButton.setText(QCoreApplication.translate("TrashDialog", u"&Forget for good\u2026", None))
#if QT_CONFIG(tooltip)
        self.forgetButton.setToolTip(QCoreApplication.translate("TrashDialog", u"Remove the selected contacts and their history now; this cannot be undone", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("TrashDialog", u"Close", None))
    # retranslateUi

