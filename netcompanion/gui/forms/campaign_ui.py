# Built from ui/campaign.ui by `make forms`; do not edit.
UI_SHA256 = "c8411e06e0671f33a22071f997d18eecddb28b0cab8547193ceae458dadd1f44"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import (FitCombo, FitLabel)

class Ui_CampaignForm(object):
    def setupUi(self, CampaignForm):
        if not CampaignForm.objectName():
            CampaignForm.setObjectName(u"CampaignForm")
        self.layout = QVBoxLayout(CampaignForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.campaignName = FitLabel(CampaignForm)
        self.campaignName.setObjectName(u"campaignName")
        self.campaignName.setProperty(u"maxLines", 2)
        self.campaignName.setWordWrap(True)

        self.headerRow.addWidget(self.campaignName)

        self.campaignCombo = FitCombo(CampaignForm)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(24)

        self.headerRow.addWidget(self.campaignCombo)

        self.renameButton = QPushButton(CampaignForm)
        self.renameButton.setObjectName(u"renameButton")

        self.headerRow.addWidget(self.renameButton)

        self.endButton = QPushButton(CampaignForm)
        self.endButton.setObjectName(u"endButton")

        self.headerRow.addWidget(self.endButton)

        self.headerRow.setStretch(0, 1)

        self.layout.addLayout(self.headerRow)

        self.emptyCard = QFrame(CampaignForm)
        self.emptyCard.setObjectName(u"emptyCard")
        self.emptyCard.setMaximumSize(QSize(760, 16777215))
        self.emptyLayout = QVBoxLayout(self.emptyCard)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(20, 18, 20, 18)
        self.emptyTitle = QLabel(self.emptyCard)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.endedPanel = QWidget(self.emptyCard)
        self.endedPanel.setObjectName(u"endedPanel")
        self.endedRow = QHBoxLayout(self.endedPanel)
        self.endedRow.setObjectName(u"endedRow")
        self.endedRow.setContentsMargins(0, 0, 0, 0)
        self.endedLabel = FitLabel(self.endedPanel)
        self.endedLabel.setObjectName(u"endedLabel")
        self.endedLabel.setProperty(u"maxLines", 2)
        self.endedLabel.setWordWrap(True)

        self.endedRow.addWidget(self.endedLabel)

        self.resumeButton = QPushButton(self.endedPanel)
        self.resumeButton.setObjectName(u"resumeButton")

        self.endedRow.addWidget(self.resumeButton)

        self.endedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endedRow.addItem(self.endedSpacer)

        self.endedRow.setStretch(2, 1)

        self.emptyLayout.addWidget(self.endedPanel)

        self.emptyText = QLabel(self.emptyCard)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)


        self.layout.addWidget(self.emptyCard)

        self.statsRow = QHBoxLayout()
        self.statsRow.setSpacing(12)
        self.statsRow.setObjectName(u"statsRow")
        self.membersCard = QFrame(CampaignForm)
        self.membersCard.setObjectName(u"membersCard")
        self.membersLayout = QVBoxLayout(self.membersCard)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersValue = QLabel(self.membersCard)
        self.membersValue.setObjectName(u"membersValue")

        self.membersLayout.addWidget(self.membersValue)

        self.membersCaption = QLabel(self.membersCard)
        self.membersCaption.setObjectName(u"membersCaption")
        self.membersCaption.setWordWrap(True)

        self.membersLayout.addWidget(self.membersCaption)


        self.statsRow.addWidget(self.membersCard)

        self.reachedCard = QFrame(CampaignForm)
        self.reachedCard.setObjectName(u"reachedCard")
        self.reachedLayout = QVBoxLayout(self.reachedCard)
        self.reachedLayout.setObjectName(u"reachedLayout")
        self.reachedValue = QLabel(self.reachedCard)
        self.reachedValue.setObjectName(u"reachedValue")

        self.reachedLayout.addWidget(self.reachedValue)

        self.reachedCaption = QLabel(self.reachedCard)
        self.reachedCaption.setObjectName(u"reachedCaption")
        self.reachedCaption.setWordWrap(True)

        self.reachedLayout.addWidget(self.reachedCaption)


        self.statsRow.addWidget(self.reachedCard)

        self.attemptedCard = QFrame(CampaignForm)
        self.attemptedCard.setObjectName(u"attemptedCard")
        self.attemptedLayout = QVBoxLayout(self.attemptedCard)
        self.attemptedLayout.setObjectName(u"attemptedLayout")
        self.attemptedValue = QLabel(self.attemptedCard)
        self.attemptedValue.setObjectName(u"attemptedValue")

        self.attemptedLayout.addWidget(self.attemptedValue)

        self.attemptedCaption = QLabel(self.attemptedCard)
        self.attemptedCaption.setObjectName(u"attemptedCaption")
        self.attemptedCaption.setWordWrap(True)

        self.attemptedLayout.addWidget(self.attemptedCaption)


        self.statsRow.addWidget(self.attemptedCard)

        self.remainingCard = QFrame(CampaignForm)
        self.remainingCard.setObjectName(u"remainingCard")
        self.remainingLayout = QVBoxLayout(self.remainingCard)
        self.remainingLayout.setObjectName(u"remainingLayout")
        self.remainingValue = QLabel(self.remainingCard)
        self.remainingValue.setObjectName(u"remainingValue")

        self.remainingLayout.addWidget(self.remainingValue)

        self.remainingCaption = QLabel(self.remainingCard)
        self.remainingCaption.setObjectName(u"remainingCaption")
        self.remainingCaption.setWordWrap(True)

        self.remainingLayout.addWidget(self.remainingCaption)


        self.statsRow.addWidget(self.remainingCard)

        self.forecastCard = QFrame(CampaignForm)
        self.forecastCard.setObjectName(u"forecastCard")
        self.forecastLayout = QVBoxLayout(self.forecastCard)
        self.forecastLayout.setObjectName(u"forecastLayout")
        self.forecastValue = QLabel(self.forecastCard)
        self.forecastValue.setObjectName(u"forecastValue")

        self.forecastLayout.addWidget(self.forecastValue)

        self.forecastCaption = QLabel(self.forecastCard)
        self.forecastCaption.setObjectName(u"forecastCaption")
        self.forecastCaption.setWordWrap(True)

        self.forecastLayout.addWidget(self.forecastCaption)


        self.statsRow.addWidget(self.forecastCard)

        self.statsRow.setStretch(0, 1)
        self.statsRow.setStretch(1, 1)
        self.statsRow.setStretch(2, 1)
        self.statsRow.setStretch(3, 1)
        self.statsRow.setStretch(4, 1)

        self.layout.addLayout(self.statsRow)

        self.chartHost = QWidget(CampaignForm)
        self.chartHost.setObjectName(u"chartHost")

        self.layout.addWidget(self.chartHost)

        self.infoLabel = QLabel(CampaignForm)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.startPanel = QWidget(CampaignForm)
        self.startPanel.setObjectName(u"startPanel")
        self.actionRow = QHBoxLayout(self.startPanel)
        self.actionRow.setObjectName(u"actionRow")
        self.actionRow.setContentsMargins(0, 0, 0, 0)
        self.bestLabel = QLabel(self.startPanel)
        self.bestLabel.setObjectName(u"bestLabel")

        self.actionRow.addWidget(self.bestLabel)

        self.bestSpin = QSpinBox(self.startPanel)
        self.bestSpin.setObjectName(u"bestSpin")
        self.bestSpin.setMinimum(1)
        self.bestSpin.setMaximum(2000)
        self.bestSpin.setSingleStep(10)
        self.bestSpin.setValue(250)

        self.actionRow.addWidget(self.bestSpin)

        self.bestTail = QLabel(self.startPanel)
        self.bestTail.setObjectName(u"bestTail")

        self.actionRow.addWidget(self.bestTail)

        self.quotaSpin = QSpinBox(self.startPanel)
        self.quotaSpin.setObjectName(u"quotaSpin")
        self.quotaSpin.setMinimum(1)
        self.quotaSpin.setMaximum(100)
        self.quotaSpin.setValue(10)

        self.actionRow.addWidget(self.quotaSpin)

        self.createButton = QPushButton(self.startPanel)
        self.createButton.setObjectName(u"createButton")

        self.actionRow.addWidget(self.createButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.layout.addWidget(self.startPanel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.bestLabel.setBuddy(self.bestSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CampaignForm)

        QMetaObject.connectSlotsByName(CampaignForm)
    # setupUi

    def retranslateUi(self, CampaignForm):
        self.campaignName.setText("")
#if QT_CONFIG(tooltip)
        self.campaignCombo.setToolTip(QCoreApplication.translate("CampaignForm", u"Which running campaign this page shows", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("CampaignForm", u"Re&name\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("CampaignForm", u"Give this campaign another name; everything else about it stays", None))
#endif // QT_CONFIG(tooltip)
        self.endButton.setText(QCoreApplication.translate("CampaignForm", u"&End campaign", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("CampaignForm", u"Stop this campaign: its people leave Today's list and the calendar; what you did with them stays, and Undo or Resume runs it again", None))
#endif // QT_CONFIG(tooltip)
        self.emptyTitle.setText(QCoreApplication.translate("CampaignForm", u"Re-warm the people who matter, a few calls a day", None))
        self.endedLabel.setText("")
        self.resumeButton.setText(QCoreApplication.translate("CampaignForm", u"&Resume it", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("CampaignForm", u"Run the campaign you ended again, where it stopped", None))
#endif // QT_CONFIG(tooltip)
        self.emptyText.setText(QCoreApplication.translate("CampaignForm", u"A campaign is a re-warming drive. It takes your best cold contacts (or the people you select in Contacts and add to a campaign), puts a few of them on Today\u2019s list every working day, and shows how far along you are and the day you\u2019ll be done. Everyone you reach comes off the list; the rest come back on later days.", None))
        self.membersValue.setText(QCoreApplication.translate("CampaignForm", u"\u2013", None))
        self.membersCaption.setText(QCoreApplication.translate("CampaignForm", u"people in the campaign", None))
        self.reachedValue.setText(QCoreApplication.translate("CampaignForm", u"\u2013", None))
        self.reachedCaption.setText(QCoreApplication.translate("CampaignForm", u"reached", None))
        self.attemptedValue.setText(QCoreApplication.translate("CampaignForm", u"\u2013", None))
        self.attemptedCaption.setText(QCoreApplication.translate("CampaignForm", u"tried, not reached yet", None))
        self.remainingValue.setText(QCoreApplication.translate("CampaignForm", u"\u2013", None))
        self.remainingCaption.setText(QCoreApplication.translate("CampaignForm", u"still to call", None))
        self.forecastValue.setText(QCoreApplication.translate("CampaignForm", u"\u2013", None))
        self.forecastCaption.setText(QCoreApplication.translate("CampaignForm", u"forecast to be done", None))
        self.infoLabel.setText("")
        self.bestLabel.setText(QCoreApplication.translate("CampaignForm", u"Start a campaign with the &best", None))
        self.bestTail.setText(QCoreApplication.translate("CampaignForm", u"cold contacts, calling", None))
        self.quotaSpin.setSuffix(QCoreApplication.translate("CampaignForm", u" a day", None))
        self.createButton.setText(QCoreApplication.translate("CampaignForm", u"&Create campaign\u2026", None))
        pass
    # retranslateUi

