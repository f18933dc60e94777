# Built from ui/introductions.ui by `make forms`; do not edit.
UI_SHA256 = "fad667682cb68bc073a93da0d77f8ab8dd90c29f447db9d756e0b499cc20cb01"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'introductions.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_IntroductionsForm(object):
    def setupUi(self, IntroductionsForm):
        if not IntroductionsForm.objectName():
            IntroductionsForm.setObjectName(u"IntroductionsForm")
        self.layout = QVBoxLayout(IntroductionsForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.hintLabel = QLabel(IntroductionsForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.boardScroll = QScrollArea(IntroductionsForm)
        self.boardScroll.setObjectName(u"boardScroll")
        self.boardScroll.setFocusPolicy(Qt.NoFocus)
        self.boardScroll.setWidgetResizable(True)
        self.boardScroll.setFrameShape(QFrame.NoFrame)
        self.board = QWidget()
        self.board.setObjectName(u"board")
        self.boardLayout = QGridLayout(self.board)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setHorizontalSpacing(8)
        self.boardLayout.setVerticalSpacing(4)
        self.boardLayout.setContentsMargins(0, -1, 0, -1)
        self.boardScroll.setWidget(self.board)

        self.layout.addWidget(self.boardScroll)

        self.nudgesLabel = QLabel(IntroductionsForm)
        self.nudgesLabel.setObjectName(u"nudgesLabel")
        self.nudgesLabel.setWordWrap(True)
        self.nudgesLabel.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.nudgesLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.backButton = QPushButton(IntroductionsForm)
        self.backButton.setObjectName(u"backButton")

        self.actionRow.addWidget(self.backButton)

        self.nextButton = QPushButton(IntroductionsForm)
        self.nextButton.setObjectName(u"nextButton")

        self.actionRow.addWidget(self.nextButton)

        self.openButton = QPushButton(IntroductionsForm)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.deleteButton = QPushButton(IntroductionsForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)

        self.newButton = QPushButton(IntroductionsForm)
        self.newButton.setObjectName(u"newButton")

        self.actionRow.addWidget(self.newButton)


        self.layout.addLayout(self.actionRow)


        self.retranslateUi(IntroductionsForm)

        QMetaObject.connectSlotsByName(IntroductionsForm)
    # setupUi

    def retranslateUi(self, IntroductionsForm):
        self.hintLabel.setText(QCoreApplication.translate("IntroductionsForm", u"Respect every introduction: follow up patiently, take the introducer out of the loop once you are connected, and close the loop at the end. Drag a card to its new stage, or Ctrl+\u2192 moves the selected one on a stage, Ctrl+\u2190 back.", None))
        self.nudgesLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("IntroductionsForm", u"\u2190 &Back a stage", None))
        self.nextButton.setText(QCoreApplication.translate("IntroductionsForm", u"&Next stage \u2192", None))
        self.openButton.setText(QCoreApplication.translate("IntroductionsForm", u"&Open person", None))
        self.deleteButton.setText(QCoreApplication.translate("IntroductionsForm", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("IntroductionsForm", u"Delete the selected introduction and its open follow-ups (Del); Ctrl+Z brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("IntroductionsForm", u"N&ew introduction\u2026", None))
        pass
    # retranslateUi

