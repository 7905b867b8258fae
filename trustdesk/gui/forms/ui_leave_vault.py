# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_vault.ui'
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

class Ui_LeaveVaultDialog(object):
    def setupUi(self, LeaveVaultDialog):
        if not LeaveVaultDialog.objectName():
            LeaveVaultDialog.setObjectName(u"LeaveVaultDialog")
        LeaveVaultDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(LeaveVaultDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 24, 24, 16)
        self.heading = QLabel(LeaveVaultDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.heading)

        self.notice = QFrame(LeaveVaultDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setProperty(u"role", u"notice")
        self.noticeLayout = QVBoxLayout(self.notice)
        self.noticeLayout.setSpacing(8)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(16, 12, 16, 12)
        self.notice1 = QLabel(self.notice)
        self.notice1.setObjectName(u"notice1")
        self.notice1.setTextFormat(Qt.TextFormat.PlainText)
        self.notice1.setWordWrap(True)

        self.noticeLayout.addWidget(self.notice1)

        self.notice2 = QLabel(self.notice)
        self.notice2.setObjectName(u"notice2")
        self.notice2.setTextFormat(Qt.TextFormat.PlainText)
        self.notice2.setWordWrap(True)

        self.noticeLayout.addWidget(self.notice2)

        self.notice3 = QLabel(self.notice)
        self.notice3.setObjectName(u"notice3")
        self.notice3.setTextFormat(Qt.TextFormat.PlainText)
        self.notice3.setWordWrap(True)

        self.noticeLayout.addWidget(self.notice3)


        self.mainLayout.addWidget(self.notice)

        self.passwordLabel = QLabel(LeaveVaultDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.mainLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(LeaveVaultDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.inlineMessage = QLabel(LeaveVaultDialog)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.mainLayout.addWidget(self.inlineMessage)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomStretch)

        self.buttons = QDialogButtonBox(LeaveVaultDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomRow.addWidget(self.buttons)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.buttons)

        self.retranslateUi(LeaveVaultDialog)

        QMetaObject.connectSlotsByName(LeaveVaultDialog)
    # setupUi

    def retranslateUi(self, LeaveVaultDialog):
        LeaveVaultDialog.setWindowTitle(QCoreApplication.translate("LeaveVaultDialog", u"Leave this vault", None))
        self.heading.setText(QCoreApplication.translate("LeaveVaultDialog", u"Leave this vault", None))
        self.notice1.setText(QCoreApplication.translate("LeaveVaultDialog", u"{name}, after leaving you can no longer open this vault: your password and recovery code stop working.", None))
        self.notice2.setText(QCoreApplication.translate("LeaveVaultDialog", u"Your private space (journal, reflections, drafts) is not deleted, but no one will be able to open it any more \u2014 including you. If you want to keep any of it, export it before you leave.", None))
        self.notice3.setText(QCoreApplication.translate("LeaveVaultDialog", u"The shared space stays whole for {others}, including what you wrote there.", None))
        self.passwordLabel.setText(QCoreApplication.translate("LeaveVaultDialog", u"Your password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LeaveVaultDialog", u"Your password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("LeaveVaultDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

