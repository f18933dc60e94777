# Built from ui/today.ui by `make forms`; do not edit.
UI_SHA256 = "32f8ba68e7f906861736b00897dbc22104f662e4b563cdb4a993e6e9121df375"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_TodayForm(object):
    def setupUi(self, TodayForm):
        if not TodayForm.objectName():
            TodayForm.setObjectName(u"TodayForm")
        self.layout = QVBoxLayout(TodayForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.dayLabel = QLabel(TodayForm)
        self.dayLabel.setObjectName(u"dayLabel")

        self.layout.addWidget(self.dayLabel)

        self.nudgesScroll = QScrollArea(TodayForm)
        self.nudgesScroll.setObjectName(u"nudgesScroll")
        self.nudgesScroll.setFocusPolicy(Qt.NoFocus)
        self.nudgesScroll.setFrameShape(QFrame.NoFrame)
        self.nudgesScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nudgesScroll.setWidgetResizable(True)
        self.nudgesHolder = QWidget()
        self.nudgesHolder.setObjectName(u"nudgesHolder")
        self.nudgesLayout = QVBoxLayout(self.nudgesHolder)
        self.nudgesLayout.setObjectName(u"nudgesLayout")
        self.nudgesLayout.setContentsMargins(0, 0, 0, 0)
        self.nudgesLabel = QLabel(self.nudgesHolder)
        self.nudgesLabel.setObjectName(u"nudgesLabel")
        self.nudgesLabel.setWordWrap(True)
        self.nudgesLabel.setTextFormat(Qt.RichText)
        self.nudgesLabel.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.nudgesLayout.addWidget(self.nudgesLabel)

        self.nudgesScroll.setWidget(self.nudgesHolder)

        self.layout.addWidget(self.nudgesScroll)

        self.emptyPanel = QFrame(TodayForm)
        self.emptyPanel.setObjectName(u"emptyPanel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.emptyPanel.sizePolicy().hasHeightForWidth())
        self.emptyPanel.setSizePolicy(sizePolicy)
        self.emptyLayout = QVBoxLayout(self.emptyPanel)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTitle = QLabel(self.emptyPanel)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyLabel = QLabel(self.emptyPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButtons = QHBoxLayout()
        self.emptyButtons.setSpacing(12)
        self.emptyButtons.setObjectName(u"emptyButtons")
        self.endCampaignButton = QPushButton(self.emptyPanel)
        self.endCampaignButton.setObjectName(u"endCampaignButton")

        self.emptyButtons.addWidget(self.endCampaignButton)

        self.campaignButton = QPushButton(self.emptyPanel)
        self.campaignButton.setObjectName(u"campaignButton")

        self.emptyButtons.addWidget(self.campaignButton)

        self.triageButton = QPushButton(self.emptyPanel)
        self.triageButton.setObjectName(u"triageButton")

        self.emptyButtons.addWidget(self.triageButton)

        self.emptyButtonsStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyButtons.addItem(self.emptyButtonsStretch)


        self.emptyLayout.addLayout(self.emptyButtons)

        self.emptyHint = QLabel(self.emptyPanel)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)


        self.layout.addWidget(self.emptyPanel)

        self.splitter = QSplitter(TodayForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.callList = QListWidget(self.splitter)
        self.callList.setObjectName(u"callList")
        self.callList.setMinimumSize(QSize(300, 0))
        self.callList.setWordWrap(True)
        self.callList.setUniformItemSizes(False)
        self.splitter.addWidget(self.callList)
        self.entryCard = QFrame(self.splitter)
        self.entryCard.setObjectName(u"entryCard")
        self.entryCard.setMinimumSize(QSize(420, 0))
        self.entryLayout = QVBoxLayout(self.entryCard)
        self.entryLayout.setSpacing(8)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryName = FitLabel(self.entryCard)
        self.entryName.setObjectName(u"entryName")
        self.entryName.setProperty(u"maxLines", 2)
        self.entryName.setWordWrap(True)
        self.entryName.setAlignment(Qt.AlignLeft|Qt.AlignAbsolute|Qt.AlignVCenter)

        self.entryLayout.addWidget(self.entryName)

        self.entryWhere = FitLabel(self.entryCard)
        self.entryWhere.setObjectName(u"entryWhere")
        self.entryWhere.setProperty(u"maxLines", 2)
        self.entryWhere.setWordWrap(True)
        self.entryWhere.setAlignment(Qt.AlignLeft|Qt.AlignAbsolute|Qt.AlignVCenter)

        self.entryLayout.addWidget(self.entryWhere)

        self.cardScroll = QScrollArea(self.entryCard)
        self.cardScroll.setObjectName(u"cardScroll")
        self.cardScroll.setFrameShape(QFrame.NoFrame)
        self.cardScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.cardScroll.setWidgetResizable(True)
        self.cardText = QWidget()
        self.cardText.setObjectName(u"cardText")
        self.cardTextLayout = QVBoxLayout(self.cardText)
        self.cardTextLayout.setSpacing(8)
        self.cardTextLayout.setObjectName(u"cardTextLayout")
        self.cardTextLayout.setContentsMargins(0, 0, 0, 0)
        self.linksLabel = QLabel(self.cardText)
        self.linksLabel.setObjectName(u"linksLabel")
        self.linksLabel.setWordWrap(True)
        self.linksLabel.setTextFormat(Qt.RichText)
        self.linksLabel.setOpenExternalLinks(True)
        self.linksLabel.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.cardTextLayout.addWidget(self.linksLabel)

        self.reasonsTitle = QLabel(self.cardText)
        self.reasonsTitle.setObjectName(u"reasonsTitle")

        self.cardTextLayout.addWidget(self.reasonsTitle)

        self.reasonsLabel = FitLabel(self.cardText)
        self.reasonsLabel.setObjectName(u"reasonsLabel")
        self.reasonsLabel.setWordWrap(True)

        self.cardTextLayout.addWidget(self.reasonsLabel)

        self.openerTitle = QLabel(self.cardText)
        self.openerTitle.setObjectName(u"openerTitle")

        self.cardTextLayout.addWidget(self.openerTitle)

        self.openerLabel = FitLabel(self.cardText)
        self.openerLabel.setObjectName(u"openerLabel")
        self.openerLabel.setWordWrap(True)

        self.cardTextLayout.addWidget(self.openerLabel)

        self.historyTitle = QLabel(self.cardText)
        self.historyTitle.setObjectName(u"historyTitle")

        self.cardTextLayout.addWidget(self.historyTitle)

        self.historyLabel = FitLabel(self.cardText)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)

        self.cardTextLayout.addWidget(self.historyLabel)

        self.entrySpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.cardTextLayout.addItem(self.entrySpacer)

        self.cardScroll.setWidget(self.cardText)

        self.entryLayout.addWidget(self.cardScroll)

        self.outcomeTitle = QLabel(self.entryCard)
        self.outcomeTitle.setObjectName(u"outcomeTitle")

        self.entryLayout.addWidget(self.outcomeTitle)

        self.moodHint = QLabel(self.entryCard)
        self.moodHint.setObjectName(u"moodHint")
        self.moodHint.setWordWrap(True)

        self.entryLayout.addWidget(self.moodHint)

        self.outcomeGrid = QGridLayout()
        self.outcomeGrid.setObjectName(u"outcomeGrid")
        self.reachedButton = QPushButton(self.entryCard)
        self.reachedButton.setObjectName(u"reachedButton")

        self.outcomeGrid.addWidget(self.reachedButton, 0, 0, 1, 1)

        self.voicemailButton = QPushButton(self.entryCard)
        self.voicemailButton.setObjectName(u"voicemailButton")

        self.outcomeGrid.addWidget(self.voicemailButton, 0, 1, 1, 1)

        self.noAnswerButton = QPushButton(self.entryCard)
        self.noAnswerButton.setObjectName(u"noAnswerButton")

        self.outcomeGrid.addWidget(self.noAnswerButton, 0, 2, 1, 1)

        self.repliedButton = QPushButton(self.entryCard)
        self.repliedButton.setObjectName(u"repliedButton")

        self.outcomeGrid.addWidget(self.repliedButton, 0, 3, 1, 1)

        self.detailsButton = QPushButton(self.entryCard)
        self.detailsButton.setObjectName(u"detailsButton")

        self.outcomeGrid.addWidget(self.detailsButton, 1, 0, 1, 1)

        self.snoozeButton = QPushButton(self.entryCard)
        self.snoozeButton.setObjectName(u"snoozeButton")

        self.outcomeGrid.addWidget(self.snoozeButton, 1, 1, 1, 1)

        self.skipButton = QPushButton(self.entryCard)
        self.skipButton.setObjectName(u"skipButton")

        self.outcomeGrid.addWidget(self.skipButton, 1, 2, 1, 1)

        self.storyButton = QPushButton(self.entryCard)
        self.storyButton.setObjectName(u"storyButton")

        self.outcomeGrid.addWidget(self.storyButton, 1, 3, 1, 1)


        self.entryLayout.addLayout(self.outcomeGrid)

        self.entryLayout.setStretch(2, 1)
        self.splitter.addWidget(self.entryCard)

        self.layout.addWidget(self.splitter)

        self.alsoPanel = QFrame(TodayForm)
        self.alsoPanel.setObjectName(u"alsoPanel")
        self.alsoLayout = QGridLayout(self.alsoPanel)
        self.alsoLayout.setObjectName(u"alsoLayout")
        self.alsoLayout.setHorizontalSpacing(12)
        self.alsoLayout.setVerticalSpacing(4)
        self.alsoLayout.setContentsMargins(2, 2, 2, 0)
        self.roundLabel = FitLabel(self.alsoPanel)
        self.roundLabel.setObjectName(u"roundLabel")
        self.roundLabel.setProperty(u"maxLines", 2)
        self.roundLabel.setWordWrap(True)

        self.alsoLayout.addWidget(self.roundLabel, 0, 0, 1, 1)

        self.roundButton = QPushButton(self.alsoPanel)
        self.roundButton.setObjectName(u"roundButton")

        self.alsoLayout.addWidget(self.roundButton, 0, 1, 1, 1)

        self.helpLabel = FitLabel(self.alsoPanel)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setProperty(u"maxLines", 2)
        self.helpLabel.setWordWrap(True)
        self.helpLabel.setTextFormat(Qt.RichText)
        self.helpLabel.setTextInteractionFlags(Qt.LinksAccessibleByKeyboard|Qt.LinksAccessibleByMouse)

        self.alsoLayout.addWidget(self.helpLabel, 1, 0, 1, 1)

        self.favourButton = QPushButton(self.alsoPanel)
        self.favourButton.setObjectName(u"favourButton")

        self.alsoLayout.addWidget(self.favourButton, 1, 1, 1, 1)

        self.alsoLayout.setColumnStretch(0, 1)

        self.layout.addWidget(self.alsoPanel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.layout.setStretch(3, 1)

        self.retranslateUi(TodayForm)

        QMetaObject.connectSlotsByName(TodayForm)
    # setupUi

    def retranslateUi(self, TodayForm):
        self.dayLabel.setText("")
        self.nudgesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.nudgesLabel.setAccessibleName(QCoreApplication.translate("TodayForm", u"After the last call", None))
#endif // QT_CONFIG(accessibility)
        self.emptyTitle.setText("")
        self.emptyLabel.setText("")
        self.endCampaignButton.setText(QCoreApplication.translate("TodayForm", u"End the campaign", None))
        self.campaignButton.setText(QCoreApplication.translate("TodayForm", u"Start a re-warming campaign", None))
        self.triageButton.setText(QCoreApplication.translate("TodayForm", u"Triage contacts\u2026", None))
        self.emptyHint.setText("")
#if QT_CONFIG(accessibility)
        self.callList.setAccessibleName(QCoreApplication.translate("TodayForm", u"Call list", None))
#endif // QT_CONFIG(accessibility)
        self.entryName.setText("")
        self.entryWhere.setText("")
#if QT_CONFIG(accessibility)
        self.cardScroll.setAccessibleName(QCoreApplication.translate("TodayForm", u"How to reach them, why today, how to open, last touches", None))
#endif // QT_CONFIG(accessibility)
        self.linksLabel.setText("")
        self.reasonsTitle.setText(QCoreApplication.translate("TodayForm", u"Why today", None))
        self.reasonsLabel.setText("")
        self.openerTitle.setText(QCoreApplication.translate("TodayForm", u"How to open", None))
        self.openerLabel.setText("")
        self.historyTitle.setText(QCoreApplication.translate("TodayForm", u"Last touches", None))
        self.historyLabel.setText("")
        self.outcomeTitle.setText(QCoreApplication.translate("TodayForm", u"What happened?", None))
        self.moodHint.setText("")
        self.reachedButton.setText(QCoreApplication.translate("TodayForm", u"1  Reached", None))
        self.voicemailButton.setText(QCoreApplication.translate("TodayForm", u"2  Voicemail", None))
        self.noAnswerButton.setText(QCoreApplication.translate("TodayForm", u"3  No answer", None))
        self.repliedButton.setText(QCoreApplication.translate("TodayForm", u"4  Replied", None))
        self.detailsButton.setText(QCoreApplication.translate("TodayForm", u"L  Log details\u2026", None))
        self.snoozeButton.setText(QCoreApplication.translate("TodayForm", u"S  Snooze a day", None))
        self.skipButton.setText(QCoreApplication.translate("TodayForm", u"N  Skip for now", None))
        self.storyButton.setText(QCoreApplication.translate("TodayForm", u"O  Open story", None))
        self.roundLabel.setText("")
#if QT_CONFIG(accessibility)
        self.roundLabel.setAccessibleName(QCoreApplication.translate("TodayForm", u"Personal round", None))
#endif // QT_CONFIG(accessibility)
        self.roundButton.setText(QCoreApplication.translate("TodayForm", u"Who's left\u2026", None))
        self.helpLabel.setText("")
#if QT_CONFIG(accessibility)
        self.helpLabel.setAccessibleName(QCoreApplication.translate("TodayForm", u"Someone you could help", None))
#endif // QT_CONFIG(accessibility)
        self.favourButton.setText(QCoreApplication.translate("TodayForm", u"Log a favour\u2026", None))
        pass
    # retranslateUi

