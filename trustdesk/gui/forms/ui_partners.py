# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'partners.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PartnersDialog(object):
    def setupUi(self, PartnersDialog):
        if not PartnersDialog.objectName():
            PartnersDialog.setObjectName(u"PartnersDialog")
        PartnersDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(PartnersDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 24, 24, 16)
        self.titleLabel = QLabel(PartnersDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.rows = QVBoxLayout()
        self.rows.setSpacing(12)
        self.rows.setObjectName(u"rows")

        self.mainLayout.addLayout(self.rows)

        self.rowsSpacer = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.rowsSpacer)

        self.actions = QHBoxLayout()
        self.actions.setSpacing(8)
        self.actions.setObjectName(u"actions")
        self.leave_button = QPushButton(PartnersDialog)
        self.leave_button.setObjectName(u"leave_button")
        self.leave_button.setAutoDefault(False)

        self.actions.addWidget(self.leave_button)

        self.actionsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsStretch)


        self.mainLayout.addLayout(self.actions)

        self.rule_button = QPushButton(PartnersDialog)
        self.rule_button.setObjectName(u"rule_button")
        self.rule_button.setAutoDefault(False)
        self.rule_button.setProperty(u"role", u"link")

        self.mainLayout.addWidget(self.rule_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomStretch)

        self.buttons = QDialogButtonBox(PartnersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.leave_button, self.rule_button)
        QWidget.setTabOrder(self.rule_button, self.buttons)

        self.retranslateUi(PartnersDialog)

        QMetaObject.connectSlotsByName(PartnersDialog)
    # setupUi

    def retranslateUi(self, PartnersDialog):
        PartnersDialog.setWindowTitle(QCoreApplication.translate("PartnersDialog", u"Partners", None))
        self.titleLabel.setText(QCoreApplication.translate("PartnersDialog", u"Partners of this vault", None))
        self.leave_button.setText(QCoreApplication.translate("PartnersDialog", u"Leave this vault\u2026", None))
        self.rule_button.setText(QCoreApplication.translate("PartnersDialog", u"How removing a partner works", None))
    # retranslateUi

