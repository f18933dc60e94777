# Built from ui/opportunities.ui by `make forms`; do not edit.
UI_SHA256 = "92bfb28ef7808fdc2940ab70ffd98d7046c218dfbf6d2ecb517ba34a21b0406e"
ROOT_CLASS = "QWidget"
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opportunities.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


class Ui_OpportunitiesForm(object):
    def setupUi(self, OpportunitiesForm):
        if not OpportunitiesForm.objectName():
            OpportunitiesForm.setObjectName(u"OpportunitiesForm")
        self.layout = QVBoxLayout(OpportunitiesForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.hintLabel = QLabel(OpportunitiesForm)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.tree = QTreeWidget(OpportunitiesForm)
        self.tree.setObjectName(u"tree")
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)

        self.layout.addWidget(self.tree)

        self.nudgesLabel = QLabel(OpportunitiesForm)
        self.nudgesLabel.setObjectName(u"nudgesLabel")
        self.nudgesLabel.setWordWrap(True)
        self.nudgesLabel.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.nudgesLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.stageLabel = QLabel(OpportunitiesForm)
        self.stageLabel.setObjectName(u"stageLabel")

        self.actionRow.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(OpportunitiesForm)
        self.stageCombo.setObjectName(u"stageCombo")

        self.actionRow.addWidget(self.stageCombo)

        self.applyButton = QPushButton(OpportunitiesForm)
        self.applyButton.setObjectName(u"applyButton")

        self.actionRow.addWidget(self.applyButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.openButton = QPushButton(OpportunitiesForm)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.actionRow.addWidget(self.openButton)

        self.editButton = QPushButton(OpportunitiesForm)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.actionRow.addWidget(self.editButton)

        self.deleteButton = QPushButton(OpportunitiesForm)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.actionRow.addWidget(self.deleteButton)

        self.newButton = QPushButton(OpportunitiesForm)
        self.newButton.setObjectName(u"newButton")

        self.actionRow.addWidget(self.newButton)


        self.layout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.stageLabel.setBuddy(self.stageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpportunitiesForm)

        QMetaObject.connectSlotsByName(OpportunitiesForm)
    # setupUi

    def retranslateUi(self, OpportunitiesForm):
        self.hintLabel.setText(QCoreApplication.translate("OpportunitiesForm", u"One active pursuit per opening. A turndown is a chance for a feedback meeting with the hiring manager \u2014 and for names.", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("OpportunitiesForm", u"Hiring manager", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OpportunitiesForm", u"Through", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OpportunitiesForm", u"Company", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OpportunitiesForm", u"Opening", None))
        self.nudgesLabel.setText("")
        self.stageLabel.setText(QCoreApplication.translate("OpportunitiesForm", u"Move to &stage", None))
        self.applyButton.setText(QCoreApplication.translate("OpportunitiesForm", u"&Apply", None))
        self.openButton.setText(QCoreApplication.translate("OpportunitiesForm", u"&Open person", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("OpportunitiesForm", u"Open the hiring manager's story, or else the story of whom it came through", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("OpportunitiesForm", u"Ed&it\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("OpportunitiesForm", u"Change the company, the opening, whom it came through or the hiring manager (Enter, F2 or a double-click on the row)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("OpportunitiesForm", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("OpportunitiesForm", u"Delete the selected opportunity and its open follow-ups (Del); Ctrl+Z brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("OpportunitiesForm", u"&New opportunity\u2026", None))
        pass
    # retranslateUi

