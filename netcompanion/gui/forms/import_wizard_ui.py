# Built from ui/import_wizard.ui by `make forms`; do not edit.
UI_SHA256 = "b29e543343b897a0b6ca5c3af0bf645081d751770726feefea02fadcfbd67804"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(760, 540)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.steps = QStackedWidget(ImportDialog)
        self.steps.setObjectName(u"steps")
        self.pickPage = QWidget()
        self.pickPage.setObjectName(u"pickPage")
        self.pickLayout = QVBoxLayout(self.pickPage)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickTitle = QLabel(self.pickPage)
        self.pickTitle.setObjectName(u"pickTitle")

        self.pickLayout.addWidget(self.pickTitle)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.pathEdit = QLineEdit(self.pickPage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.pickPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.pickLayout.addLayout(self.fileRow)

        self.kindForm = QFormLayout()
        self.kindForm.setObjectName(u"kindForm")
        self.kindLabel = QLabel(self.pickPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.pickPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.pickLayout.addLayout(self.kindForm)

        self.detectedLabel = QLabel(self.pickPage)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)

        self.pickLayout.addWidget(self.detectedLabel)

        self.pickStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pickLayout.addItem(self.pickStretch)

        self.steps.addWidget(self.pickPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTitle = QLabel(self.previewPage)
        self.previewTitle.setObjectName(u"previewTitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTitle = QLabel(self.changesTab)
        self.changesTitle.setObjectName(u"changesTitle")
        self.changesTitle.setWordWrap(True)

        self.changesLayout.addWidget(self.changesTitle)

        self.changesList = QListWidget(self.changesTab)
        self.changesList.setObjectName(u"changesList")

        self.changesLayout.addWidget(self.changesList)

        self.previewTabs.addTab(self.changesTab, "")
        self.duplicatesTab = QWidget()
        self.duplicatesTab.setObjectName(u"duplicatesTab")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesTab)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesRow = QHBoxLayout()
        self.duplicatesRow.setObjectName(u"duplicatesRow")
        self.duplicatesTitle = QLabel(self.duplicatesTab)
        self.duplicatesTitle.setObjectName(u"duplicatesTitle")
        self.duplicatesTitle.setWordWrap(True)

        self.duplicatesRow.addWidget(self.duplicatesTitle)

        self.tickAllButton = QPushButton(self.duplicatesTab)
        self.tickAllButton.setObjectName(u"tickAllButton")

        self.duplicatesRow.addWidget(self.tickAllButton)

        self.duplicatesRow.setStretch(0, 1)

        self.duplicatesLayout.addLayout(self.duplicatesRow)

        self.duplicatesTable = QTableWidget(self.duplicatesTab)
        if (self.duplicatesTable.columnCount() < 2):
            self.duplicatesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.duplicatesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.duplicatesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.duplicatesTable.setObjectName(u"duplicatesTable")
        self.duplicatesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.duplicatesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.duplicatesTable.setAlternatingRowColors(True)

        self.duplicatesLayout.addWidget(self.duplicatesTable)

        self.previewTabs.addTab(self.duplicatesTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsTitle = QLabel(self.problemsTab)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsTitle)

        self.problemsList = QListWidget(self.problemsTab)
        self.problemsList.setObjectName(u"problemsList")

        self.problemsLayout.addWidget(self.problemsList)

        self.previewTabs.addTab(self.problemsTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.previewLayout.setStretch(2, 1)
        self.steps.addWidget(self.previewPage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressTop)

        self.progressLabel = QLabel(self.progressPage)
        self.progressLabel.setObjectName(u"progressLabel")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.progressBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressBottom)

        self.steps.addWidget(self.progressPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.resultLabel = QLabel(self.donePage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.resultLabel)

        self.eventsList = QListWidget(self.donePage)
        self.eventsList.setObjectName(u"eventsList")

        self.doneLayout.addWidget(self.eventsList)

        self.undoRow = QHBoxLayout()
        self.undoRow.setObjectName(u"undoRow")
        self.undoButton = QPushButton(self.donePage)
        self.undoButton.setObjectName(u"undoButton")

        self.undoRow.addWidget(self.undoButton)

        self.undoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.undoRow.addItem(self.undoSpacer)


        self.doneLayout.addLayout(self.undoRow)

        self.steps.addWidget(self.donePage)

        self.layout.addWidget(self.steps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import contacts", None))
        self.pickTitle.setText(QCoreApplication.translate("ImportDialog", u"<b>1. Pick a file</b> \u2014 or drop it on the main window", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Connections.csv, contacts.vcf, a Google or Outlook CSV\u2026", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportDialog", u"&Format", None))
        self.detectedLabel.setText("")
        self.previewTitle.setText(QCoreApplication.translate("ImportDialog", u"<b>2. Check what will happen</b> \u2014 nothing is written yet", None))
        self.summaryLabel.setText("")
        self.changesTitle.setText(QCoreApplication.translate("ImportDialog", u"What the import adds and changes \u2014 contacts you edited by hand keep your values", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.changesTab), QCoreApplication.translate("ImportDialog", u"&Changes", None))
        self.duplicatesTitle.setText(QCoreApplication.translate("ImportDialog", u"The incoming row beside the contact you already have; tick the ones that are the same person", None))
        self.tickAllButton.setText(QCoreApplication.translate("ImportDialog", u"&Tick all", None))
#if QT_CONFIG(tooltip)
        self.tickAllButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Mark every possible duplicate as the same person (untick any that are not)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.duplicatesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"In the file", None))
        ___qtablewidgetitem1 = self.duplicatesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Already in NetCompanion", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.duplicatesTab), QCoreApplication.translate("ImportDialog", u"Possible &duplicates", None))
        self.problemsTitle.setText(QCoreApplication.translate("ImportDialog", u"Rows that will be left out, and values a row held that cannot be taken", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.problemsTab), QCoreApplication.translate("ImportDialog", u"&Left out", None))
        self.progressLabel.setText(QCoreApplication.translate("ImportDialog", u"Importing\u2026", None))
        self.resultLabel.setText("")
        self.undoButton.setText(QCoreApplication.translate("ImportDialog", u"&Undo this import", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi

