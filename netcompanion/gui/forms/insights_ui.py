# Built from ui/insights.ui by `make forms`; do not edit.
UI_SHA256 = "ca0af9650754c22c5c64e293c575ccff0a9246650f26a6b7dca4e7c4aa84fdca"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'insights.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_InsightsForm(object):
    def setupUi(self, InsightsForm):
        if not InsightsForm.objectName():
            InsightsForm.setObjectName(u"InsightsForm")
        self.layout = QVBoxLayout(InsightsForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel(InsightsForm)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.layout.addWidget(self.headline)

        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setObjectName(u"grid")
        self.weeklyHost = QWidget(InsightsForm)
        self.weeklyHost.setObjectName(u"weeklyHost")

        self.grid.addWidget(self.weeklyHost, 0, 0, 1, 2)

        self.warmHost = QWidget(InsightsForm)
        self.warmHost.setObjectName(u"warmHost")

        self.grid.addWidget(self.warmHost, 1, 0, 1, 1)

        self.stageHost = QWidget(InsightsForm)
        self.stageHost.setObjectName(u"stageHost")

        self.grid.addWidget(self.stageHost, 1, 1, 1, 1)


        self.layout.addLayout(self.grid)


        self.retranslateUi(InsightsForm)

        QMetaObject.connectSlotsByName(InsightsForm)
    # setupUi

    def retranslateUi(self, InsightsForm):
        self.headline.setText("")
        pass
    # retranslateUi

