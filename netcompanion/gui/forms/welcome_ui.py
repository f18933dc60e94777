# Built from ui/welcome.ui by `make forms`; do not edit.
UI_SHA256 = "bb996a54e6421788c087a98da4dec0bca1ee898125cf025d1de20dc5cea208f8"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_WelcomeForm(object):
    def setupUi(self, WelcomeForm):
        if not WelcomeForm.objectName():
            WelcomeForm.setObjectName(u"WelcomeForm")
        self.outer = QVBoxLayout(WelcomeForm)
        self.outer.setObjectName(u"outer")
        self.topStretch = QSpacerItem(20, 30, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topStretch)

        self.centerRow = QHBoxLayout()
        self.centerRow.setObjectName(u"centerRow")
        self.leftStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.leftStretch)

        self.card = QFrame(WelcomeForm)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(680, 0))
        self.card.setMaximumSize(QSize(680, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.title = QLabel(self.card)
        self.title.setObjectName(u"title")

        self.cardLayout.addWidget(self.title)

        self.intro = QLabel(self.card)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.cardLayout.addWidget(self.intro)

        self.stepsTitle = QLabel(self.card)
        self.stepsTitle.setObjectName(u"stepsTitle")

        self.cardLayout.addWidget(self.stepsTitle)

        self.steps = QLabel(self.card)
        self.steps.setObjectName(u"steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.PlainText)

        self.cardLayout.addWidget(self.steps)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self.buttons.setObjectName(u"buttons")
        self.importButton = QPushButton(self.card)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")

        self.buttons.addWidget(self.demoButton)

        self.buttonStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)


        self.cardLayout.addLayout(self.buttons)

        self.otherSources = QLabel(self.card)
        self.otherSources.setObjectName(u"otherSources")
        self.otherSources.setWordWrap(True)

        self.cardLayout.addWidget(self.otherSources)

        self.busyLabel = QLabel(self.card)
        self.busyLabel.setObjectName(u"busyLabel")

        self.cardLayout.addWidget(self.busyLabel)


        self.centerRow.addWidget(self.card)

        self.rightStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerRow.addItem(self.rightStretch)


        self.outer.addLayout(self.centerRow)

        self.bottomStretch = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomStretch)


        self.retranslateUi(WelcomeForm)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(WelcomeForm)
    # setupUi

    def retranslateUi(self, WelcomeForm):
        self.title.setText(QCoreApplication.translate("WelcomeForm", u"Welcome to NetCompanion", None))
        self.intro.setText(QCoreApplication.translate("WelcomeForm", u"Your network is where your next job, client or contract comes from. NetCompanion keeps it in one private place on this computer and tells you each morning whom to call, and why.", None))
        self.stepsTitle.setText(QCoreApplication.translate("WelcomeForm", u"<b>Bring in your LinkedIn connections</b>", None))
        self.steps.setText(QCoreApplication.translate("WelcomeForm", u"1.  On LinkedIn, open Me \u2192 Settings & Privacy \u2192 Data privacy.\n"
"2.  Choose \u201cGet a copy of your data\u201d, tick Connections (and Messages if you like), then Request archive.\n"
"3.  LinkedIn e-mails you a download link, usually within minutes. Download the ZIP and unpack it.\n"
"4.  Import Connections.csv here. Nothing leaves this computer.", None))
        self.importButton.setText(QCoreApplication.translate("WelcomeForm", u"&Import a file\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeForm", u"&Explore a demo network", None))
        self.otherSources.setText(QCoreApplication.translate("WelcomeForm", u"Keep your contacts in Google, Outlook or on your phone? The same import reads a Google or Outlook CSV and vCard (.vcf) files, and you can drop any of them on this window.", None))
        self.busyLabel.setText("")
        pass
    # retranslateUi

