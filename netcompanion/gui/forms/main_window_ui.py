# Built from ui/main_window.ui by `make forms`; do not edit.
UI_SHA256 = "e620bf471e47f4aa39c2c0fd8c38d1b7b1da86027ce786ef75de31f9f935a403"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QListWidget, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_MainForm(object):
    def setupUi(self, MainForm):
        if not MainForm.objectName():
            MainForm.setObjectName(u"MainForm")
        MainForm.resize(1280, 800)
        self.mainLayout = QHBoxLayout(MainForm)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.viewList = QListWidget(MainForm)
        self.viewList.setObjectName(u"viewList")
        self.viewList.setMinimumSize(QSize(190, 0))
        self.viewList.setMaximumSize(QSize(190, 16777215))
        self.viewList.setFrameShape(QFrame.NoFrame)
        self.viewList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.viewList.setIconSize(QSize(20, 20))

        self.mainLayout.addWidget(self.viewList)

        self.contentLayout = QVBoxLayout()
        self.contentLayout.setSpacing(6)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(16, 10, 16, 6)
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.viewTitle = FitLabel(MainForm)
        self.viewTitle.setObjectName(u"viewTitle")

        self.topBar.addWidget(self.viewTitle)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.searchBox = QLineEdit(MainForm)
        self.searchBox.setObjectName(u"searchBox")
        self.searchBox.setMinimumSize(QSize(320, 0))
        self.searchBox.setClearButtonEnabled(True)

        self.topBar.addWidget(self.searchBox)


        self.contentLayout.addLayout(self.topBar)

        self.pages = QStackedWidget(MainForm)
        self.pages.setObjectName(u"pages")

        self.contentLayout.addWidget(self.pages)


        self.mainLayout.addLayout(self.contentLayout)


        self.retranslateUi(MainForm)

        QMetaObject.connectSlotsByName(MainForm)
    # setupUi

    def retranslateUi(self, MainForm):
#if QT_CONFIG(accessibility)
        self.viewList.setAccessibleName(QCoreApplication.translate("MainForm", u"Views", None))
#endif // QT_CONFIG(accessibility)
        self.viewTitle.setText(QCoreApplication.translate("MainForm", u"Today", None))
        self.searchBox.setPlaceholderText(QCoreApplication.translate("MainForm", u"Find anyone\u2026 (Ctrl+K)", None))
#if QT_CONFIG(accessibility)
        self.searchBox.setAccessibleName(QCoreApplication.translate("MainForm", u"Find a contact", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

