# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery.ui'
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
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from trustdesk.gui.startup.password import PasswordField
from trustdesk.gui.workers import BusyIndicator

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(520, 560)
        RecoveryDialog.setModal(True)
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 24, 24, 16)
        self.titleLabel = QLabel(RecoveryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.leadLabel = QLabel(RecoveryDialog)
        self.leadLabel.setObjectName(u"leadLabel")
        self.leadLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.leadLabel)

        self.topSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.topSpacer)

        self.codeLabel = QLabel(RecoveryDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.mainLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(RecoveryDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setProperty(u"role", u"big")

        self.mainLayout.addWidget(self.codeEdit)

        self.codeHint = QLabel(RecoveryDialog)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.codeHint)

        self.middleSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.middleSpacer)

        self.passwordField = PasswordField(RecoveryDialog)
        self.passwordField.setObjectName(u"passwordField")

        self.mainLayout.addWidget(self.passwordField)

        self.noticeFrame = QFrame(RecoveryDialog)
        self.noticeFrame.setObjectName(u"noticeFrame")
        self.noticeFrame.setProperty(u"role", u"notice")
        self.noticeLayout = QVBoxLayout(self.noticeFrame)
        self.noticeLayout.setSpacing(4)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(12, 8, 12, 8)
        self.noticeTitle = QLabel(self.noticeFrame)
        self.noticeTitle.setObjectName(u"noticeTitle")
        self.noticeTitle.setStyleSheet(u"font-weight: 600;")
        self.noticeTitle.setWordWrap(True)

        self.noticeLayout.addWidget(self.noticeTitle)

        self.noticeText = QLabel(self.noticeFrame)
        self.noticeText.setObjectName(u"noticeText")
        self.noticeText.setWordWrap(True)

        self.noticeLayout.addWidget(self.noticeText)


        self.mainLayout.addWidget(self.noticeFrame)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.busy = BusyIndicator(RecoveryDialog)
        self.busy.setObjectName(u"busy")

        self.buttonRow.addWidget(self.busy)

        self.statusLabel = QLabel(RecoveryDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty(u"role", u"hint")

        self.buttonRow.addWidget(self.statusLabel)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttonRow.addWidget(self.buttons)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.passwordField)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"TrustDesk \u2014 Recovery", None))
        self.titleLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Set a new password", None))
        self.leadLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Type the recovery code from your recovery sheet, then choose a new password. Your journal, agreement and check-ins stay exactly as they are.", None))
        self.codeLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Recovery code", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX", None))
        self.codeHint.setText(QCoreApplication.translate("RecoveryDialog", u"Capitals, spaces and dashes do not matter.", None))
#if QT_CONFIG(accessibility)
        self.passwordField.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

