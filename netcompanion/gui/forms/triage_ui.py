# Built from ui/triage.ui by `make forms`; do not edit.
UI_SHA256 = "4f53850a824576394c77730c57de196cb26c53805c24a163ecc3600ef6d03f2c"
ROOT_CLASS = "QDialog"
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'triage.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################


from netcompanion.gui.fit_text import FitLabel

class Ui_TriageDialog(object):
    def setupUi(self, TriageDialog):
        if not TriageDialog.objectName():
            TriageDialog.setObjectName(u"TriageDialog")
        TriageDialog.resize(720, 420)
        self.layout = QVBoxLayout(TriageDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.progressLabel = QLabel(TriageDialog)
        self.progressLabel.setObjectName(u"progressLabel")

        self.layout.addWidget(self.progressLabel)

        self.triageName = FitLabel(TriageDialog)
        self.triageName.setObjectName(u"triageName")
        self.triageName.setProperty(u"maxLines", 2)
        self.triageName.setWordWrap(True)

        self.layout.addWidget(self.triageName)

        self.whereLabel = FitLabel(TriageDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.layout.addWidget(self.whereLabel)

        self.lastLabel = FitLabel(TriageDialog)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)

        self.layout.addWidget(self.lastLabel)

        self.ratings = QFormLayout()
        self.ratings.setObjectName(u"ratings")
        self.ratings.setLabelAlignment(Qt.AlignLeft|Qt.AlignVCenter)
        self.closenessTitle = QLabel(TriageDialog)
        self.closenessTitle.setObjectName(u"closenessTitle")

        self.ratings.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closenessTitle)

        self.closenessRow = QHBoxLayout()
        self.closenessRow.setObjectName(u"closenessRow")
        self.closeness1Button = QPushButton(TriageDialog)
        self.closeness1Button.setObjectName(u"closeness1Button")
        self.closeness1Button.setCheckable(True)
        self.closeness1Button.setFocusPolicy(Qt.NoFocus)
        self.closeness1Button.setMaximumSize(QSize(40, 16777215))

        self.closenessRow.addWidget(self.closeness1Button)

        self.closeness2Button = QPushButton(TriageDialog)
        self.closeness2Button.setObjectName(u"closeness2Button")
        self.closeness2Button.setCheckable(True)
        self.closeness2Button.setFocusPolicy(Qt.NoFocus)
        self.closeness2Button.setMaximumSize(QSize(40, 16777215))

        self.closenessRow.addWidget(self.closeness2Button)

        self.closeness3Button = QPushButton(TriageDialog)
        self.closeness3Button.setObjectName(u"closeness3Button")
        self.closeness3Button.setCheckable(True)
        self.closeness3Button.setFocusPolicy(Qt.NoFocus)
        self.closeness3Button.setMaximumSize(QSize(40, 16777215))

        self.closenessRow.addWidget(self.closeness3Button)

        self.closeness4Button = QPushButton(TriageDialog)
        self.closeness4Button.setObjectName(u"closeness4Button")
        self.closeness4Button.setCheckable(True)
        self.closeness4Button.setFocusPolicy(Qt.NoFocus)
        self.closeness4Button.setMaximumSize(QSize(40, 16777215))

        self.closenessRow.addWidget(self.closeness4Button)

        self.closeness5Button = QPushButton(TriageDialog)
        self.closeness5Button.setObjectName(u"closeness5Button")
        self.closeness5Button.setCheckable(True)
        self.closeness5Button.setFocusPolicy(Qt.NoFocus)
        self.closeness5Button.setMaximumSize(QSize(40, 16777215))

        self.closenessRow.addWidget(self.closeness5Button)

        self.closenessLabel = QLabel(TriageDialog)
        self.closenessLabel.setObjectName(u"closenessLabel")

        self.closenessRow.addWidget(self.closenessLabel)

        self.closenessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closenessRow.addItem(self.closenessSpacer)


        self.ratings.setLayout(0, QFormLayout.ItemRole.FieldRole, self.closenessRow)

        self.valueTitle = QLabel(TriageDialog)
        self.valueTitle.setObjectName(u"valueTitle")

        self.ratings.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueTitle)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.value1Button = QPushButton(TriageDialog)
        self.value1Button.setObjectName(u"value1Button")
        self.value1Button.setCheckable(True)
        self.value1Button.setFocusPolicy(Qt.NoFocus)
        self.value1Button.setMaximumSize(QSize(40, 16777215))

        self.valueRow.addWidget(self.value1Button)

        self.value2Button = QPushButton(TriageDialog)
        self.value2Button.setObjectName(u"value2Button")
        self.value2Button.setCheckable(True)
        self.value2Button.setFocusPolicy(Qt.NoFocus)
        self.value2Button.setMaximumSize(QSize(40, 16777215))

        self.valueRow.addWidget(self.value2Button)

        self.value3Button = QPushButton(TriageDialog)
        self.value3Button.setObjectName(u"value3Button")
        self.value3Button.setCheckable(True)
        self.value3Button.setFocusPolicy(Qt.NoFocus)
        self.value3Button.setMaximumSize(QSize(40, 16777215))

        self.valueRow.addWidget(self.value3Button)

        self.value4Button = QPushButton(TriageDialog)
        self.value4Button.setObjectName(u"value4Button")
        self.value4Button.setCheckable(True)
        self.value4Button.setFocusPolicy(Qt.NoFocus)
        self.value4Button.setMaximumSize(QSize(40, 16777215))

        self.valueRow.addWidget(self.value4Button)

        self.value5Button = QPushButton(TriageDialog)
        self.value5Button.setObjectName(u"value5Button")
        self.value5Button.setCheckable(True)
        self.value5Button.setFocusPolicy(Qt.NoFocus)
        self.value5Button.setMaximumSize(QSize(40, 16777215))

        self.valueRow.addWidget(self.value5Button)

        self.valueLabel = QLabel(TriageDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.valueRow.addWidget(self.valueLabel)

        self.valueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valueRow.addItem(self.valueSpacer)


        self.ratings.setLayout(1, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.campaignTitle = QLabel(TriageDialog)
        self.campaignTitle.setObjectName(u"campaignTitle")

        self.ratings.setWidget(2, QFormLayout.ItemRole.LabelRole, self.campaignTitle)

        self.campaignRow = QHBoxLayout()
        self.campaignRow.setObjectName(u"campaignRow")
        self.campaignButton = QPushButton(TriageDialog)
        self.campaignButton.setObjectName(u"campaignButton")
        self.campaignButton.setCheckable(True)
        self.campaignButton.setFocusPolicy(Qt.NoFocus)

        self.campaignRow.addWidget(self.campaignButton)

        self.campaignLabel = QLabel(TriageDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.campaignRow.addWidget(self.campaignLabel)

        self.campaignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.campaignRow.addItem(self.campaignSpacer)


        self.ratings.setLayout(2, QFormLayout.ItemRole.FieldRole, self.campaignRow)


        self.layout.addLayout(self.ratings)

        self.askLabel = QLabel(TriageDialog)
        self.askLabel.setObjectName(u"askLabel")
        self.askLabel.setWordWrap(True)

        self.layout.addWidget(self.askLabel)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.hintLabel = QLabel(TriageDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.previousButton = QPushButton(TriageDialog)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setFocusPolicy(Qt.NoFocus)

        self.moveRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(TriageDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setFocusPolicy(Qt.NoFocus)

        self.moveRow.addWidget(self.nextButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveRow.addItem(self.moveSpacer)

        self.buttonBox = QDialogButtonBox(TriageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.moveRow.addWidget(self.buttonBox)


        self.layout.addLayout(self.moveRow)


        self.retranslateUi(TriageDialog)

        QMetaObject.connectSlotsByName(TriageDialog)
    # setupUi

    def retranslateUi(self, TriageDialog):
        TriageDialog.setWindowTitle(QCoreApplication.translate("TriageDialog", u"Triage contacts", None))
        TriageDialog.setStyleSheet(QCoreApplication.translate("TriageDialog", u"QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); border: 1px solid palette(highlight); border-radius: 3px; }", None))
        self.progressLabel.setText("")
        self.triageName.setText("")
        self.whereLabel.setText("")
        self.lastLabel.setText("")
        self.closenessTitle.setText(QCoreApplication.translate("TriageDialog", u"Closeness", None))
        self.closeness1Button.setText(QCoreApplication.translate("TriageDialog", u"1", None))
#if QT_CONFIG(tooltip)
        self.closeness1Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Closeness 1: hardly (key 1)", None))
#endif // QT_CONFIG(tooltip)
        self.closeness2Button.setText(QCoreApplication.translate("TriageDialog", u"2", None))
#if QT_CONFIG(tooltip)
        self.closeness2Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Closeness 2: a little (key 2)", None))
#endif // QT_CONFIG(tooltip)
        self.closeness3Button.setText(QCoreApplication.translate("TriageDialog", u"3", None))
#if QT_CONFIG(tooltip)
        self.closeness3Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Closeness 3: fairly (key 3)", None))
#endif // QT_CONFIG(tooltip)
        self.closeness4Button.setText(QCoreApplication.translate("TriageDialog", u"4", None))
#if QT_CONFIG(tooltip)
        self.closeness4Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Closeness 4: glad (key 4)", None))
#endif // QT_CONFIG(tooltip)
        self.closeness5Button.setText(QCoreApplication.translate("TriageDialog", u"5", None))
#if QT_CONFIG(tooltip)
        self.closeness5Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Closeness 5: delighted (key 5)", None))
#endif // QT_CONFIG(tooltip)
        self.closenessLabel.setText("")
        self.valueTitle.setText(QCoreApplication.translate("TriageDialog", u"Value", None))
        self.value1Button.setText(QCoreApplication.translate("TriageDialog", u"1", None))
#if QT_CONFIG(tooltip)
        self.value1Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Value 1: not really (key 1)", None))
#endif // QT_CONFIG(tooltip)
        self.value2Button.setText(QCoreApplication.translate("TriageDialog", u"2", None))
#if QT_CONFIG(tooltip)
        self.value2Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Value 2: a little (key 2)", None))
#endif // QT_CONFIG(tooltip)
        self.value3Button.setText(QCoreApplication.translate("TriageDialog", u"3", None))
#if QT_CONFIG(tooltip)
        self.value3Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Value 3: fairly (key 3)", None))
#endif // QT_CONFIG(tooltip)
        self.value4Button.setText(QCoreApplication.translate("TriageDialog", u"4", None))
#if QT_CONFIG(tooltip)
        self.value4Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Value 4: good (key 4)", None))
#endif // QT_CONFIG(tooltip)
        self.value5Button.setText(QCoreApplication.translate("TriageDialog", u"5", None))
#if QT_CONFIG(tooltip)
        self.value5Button.setToolTip(QCoreApplication.translate("TriageDialog", u"Value 5: very (key 5)", None))
#endif // QT_CONFIG(tooltip)
        self.valueLabel.setText("")
        self.campaignTitle.setText(QCoreApplication.translate("TriageDialog", u"Campaign", None))
        self.campaignButton.setText(QCoreApplication.translate("TriageDialog", u"Add to campaign (Space)", None))
#if QT_CONFIG(tooltip)
        self.campaignButton.setToolTip(QCoreApplication.translate("TriageDialog", u"Mark this person for the campaign, or unmark them (key Space)", None))
#endif // QT_CONFIG(tooltip)
        self.campaignLabel.setText("")
        self.askLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("TriageDialog", u"Keys: 1\u20135 rate (closeness first, then value) \u00b7 Tab switches \u00b7 Space adds to the campaign \u00b7 \u2190 \u2192 move \u00b7 Esc closes. Or click the buttons: each row\u2019s 1\u20135 rates that row.", None))
        self.previousButton.setText(QCoreApplication.translate("TriageDialog", u"\u2190 Previous", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("TriageDialog", u"Back to the previous person (key \u2190 or \u2191)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("TriageDialog", u"Next \u2192", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("TriageDialog", u"On to the next person without rating (key \u2192 or \u2193)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

