# Built from ui/contacts.ui by `make forms`; do not edit.
UI_SHA256 = "6287875a742ed0aa171c33145dac54831a0057000fca52cb9545073d6fc2b6fe"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_ContactsForm(object):
    def setupUi(self, ContactsForm):
        if not ContactsForm.objectName():
            ContactsForm.setObjectName(u"ContactsForm")
        self.layout = QVBoxLayout(ContactsForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.filterRow1 = QHBoxLayout()
        self.filterRow1.setObjectName(u"filterRow1")
        self.filterEdit = QLineEdit(ContactsForm)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterRow1.addWidget(self.filterEdit)

        self.stageCombo = QComboBox(ContactsForm)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setMinimumContentsLength(10)

        self.filterRow1.addWidget(self.stageCombo)

        self.tagCombo = QComboBox(ContactsForm)
        self.tagCombo.setObjectName(u"tagCombo")
        self.tagCombo.setMinimumContentsLength(10)

        self.filterRow1.addWidget(self.tagCombo)

        self.companyEdit = QLineEdit(ContactsForm)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setMaximumSize(QSize(180, 16777215))
        self.companyEdit.setClearButtonEnabled(True)

        self.filterRow1.addWidget(self.companyEdit)

        self.archivedCheck = QCheckBox(ContactsForm)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.filterRow1.addWidget(self.archivedCheck)

        self.filterRow1.setStretch(0, 3)
        self.filterRow1.setStretch(3, 2)

        self.layout.addLayout(self.filterRow1)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.targetsCheck = QCheckBox(ContactsForm)
        self.targetsCheck.setObjectName(u"targetsCheck")

        self.filterRow2.addWidget(self.targetsCheck)

        self.coldCheck = QCheckBox(ContactsForm)
        self.coldCheck.setObjectName(u"coldCheck")

        self.filterRow2.addWidget(self.coldCheck)

        self.coldDays = QSpinBox(ContactsForm)
        self.coldDays.setObjectName(u"coldDays")
        self.coldDays.setMinimum(1)
        self.coldDays.setMaximum(3650)
        self.coldDays.setValue(180)

        self.filterRow2.addWidget(self.coldDays)

        self.parkedCheck = QCheckBox(ContactsForm)
        self.parkedCheck.setObjectName(u"parkedCheck")

        self.filterRow2.addWidget(self.parkedCheck)

        self.dniCheck = QCheckBox(ContactsForm)
        self.dniCheck.setObjectName(u"dniCheck")

        self.filterRow2.addWidget(self.dniCheck)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow2.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow2)

        self.table = QTableView(ContactsForm)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.layout.addWidget(self.table)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newButton = QPushButton(ContactsForm)
        self.newButton.setObjectName(u"newButton")

        self.actionRow.addWidget(self.newButton)

        self.openButton = QPushButton(ContactsForm)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.triageButton = QPushButton(ContactsForm)
        self.triageButton.setObjectName(u"triageButton")

        self.actionRow.addWidget(self.triageButton)

        self.countLabel = QLabel(ContactsForm)
        self.countLabel.setObjectName(u"countLabel")

        self.actionRow.addWidget(self.countLabel)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.tagButton = QPushButton(ContactsForm)
        self.tagButton.setObjectName(u"tagButton")

        self.actionRow.addWidget(self.tagButton)

        self.campaignButton = QPushButton(ContactsForm)
        self.campaignButton.setObjectName(u"campaignButton")

        self.actionRow.addWidget(self.campaignButton)

        self.archiveButton = QPushButton(ContactsForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.actionRow.addWidget(self.archiveButton)

        self.deleteButton = QPushButton(ContactsForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)


        self.layout.addLayout(self.actionRow)


        self.retranslateUi(ContactsForm)

        QMetaObject.connectSlotsByName(ContactsForm)
    # setupUi

    def retranslateUi(self, ContactsForm):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("ContactsForm", u"Filter by name, company, title, e-mail or phone\u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Filter contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tagCombo.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Tag", None))
#endif // QT_CONFIG(accessibility)
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("ContactsForm", u"Company\u2026", None))
#if QT_CONFIG(accessibility)
        self.companyEdit.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.archivedCheck.setText(QCoreApplication.translate("ContactsForm", u"Show a&rchived", None))
        self.targetsCheck.setText(QCoreApplication.translate("ContactsForm", u"&Target companies", None))
        self.coldCheck.setText(QCoreApplication.translate("ContactsForm", u"No touch for &more than", None))
        self.coldDays.setSuffix(QCoreApplication.translate("ContactsForm", u" days", None))
#if QT_CONFIG(accessibility)
        self.coldDays.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Days without a touch", None))
#endif // QT_CONFIG(accessibility)
        self.parkedCheck.setText(QCoreApplication.translate("ContactsForm", u"&Parked", None))
        self.dniCheck.setText(QCoreApplication.translate("ContactsForm", u"&Do not introduce", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ContactsForm", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ContactsForm", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ContactsForm", u"Add someone by hand (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ContactsForm", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ContactsForm", u"Open the contact's story (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.triageButton.setText(QCoreApplication.translate("ContactsForm", u"T&riage these\u2026", None))
#if QT_CONFIG(tooltip)
        self.triageButton.setToolTip(QCoreApplication.translate("ContactsForm", u"Rate the listed contacts one by one with number keys (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.countLabel.setText("")
        self.tagButton.setText(QCoreApplication.translate("ContactsForm", u"Ta&g\u2026", None))
        self.campaignButton.setText(QCoreApplication.translate("ContactsForm", u"Add to ca&mpaign\u2026", None))
        self.archiveButton.setText(QCoreApplication.translate("ContactsForm", u"&Archive", None))
        self.deleteButton.setText(QCoreApplication.translate("ContactsForm", u"De&lete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ContactsForm", u"Move the selected contacts to the trash (Del): Edit \u2192 Trash brings them back within 30 days", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

