# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from trustdesk.gui.overview import PartnerBadge
from trustdesk.gui.startup.password import PasswordField

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(ChangePasswordDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 24, 24, 16)
        self.titleLabel = QLabel(ChangePasswordDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.whoRow = QHBoxLayout()
        self.whoRow.setSpacing(8)
        self.whoRow.setObjectName(u"whoRow")
        self.forLabel = QLabel(ChangePasswordDialog)
        self.forLabel.setObjectName(u"forLabel")

        self.whoRow.addWidget(self.forLabel)

        self.badge = PartnerBadge(ChangePasswordDialog)
        self.badge.setObjectName(u"badge")

        self.whoRow.addWidget(self.badge)

        self.whoStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whoRow.addItem(self.whoStretch)


        self.mainLayout.addLayout(self.whoRow)

        self.currentLabel = QLabel(ChangePasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.mainLayout.addWidget(self.currentLabel)

        self.passwordEdit = QLineEdit(ChangePasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.mainLayout.addWidget(self.passwordEdit)

        self.newSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.newSpacer)

        self.newPassword = PasswordField(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")

        self.mainLayout.addWidget(self.newPassword)

        self.noteSolo = QLabel(ChangePasswordDialog)
        self.noteSolo.setObjectName(u"noteSolo")
        self.noteSolo.setWordWrap(True)
        self.noteSolo.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.noteSolo)

        self.noteCouple = QLabel(ChangePasswordDialog)
        self.noteCouple.setObjectName(u"noteCouple")
        self.noteCouple.setWordWrap(True)
        self.noteCouple.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.noteCouple)

        self.backupsNote = QLabel(ChangePasswordDialog)
        self.backupsNote.setObjectName(u"backupsNote")
        self.backupsNote.setWordWrap(True)
        self.backupsNote.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.backupsNote)

        self.removeBackups = QCheckBox(ChangePasswordDialog)
        self.removeBackups.setObjectName(u"removeBackups")

        self.mainLayout.addWidget(self.removeBackups)

        self.inlineMessage = QLabel(ChangePasswordDialog)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.mainLayout.addWidget(self.inlineMessage)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomStretch)

        self.buttons = QDialogButtonBox(ChangePasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomRow.addWidget(self.buttons)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.removeBackups)
        QWidget.setTabOrder(self.removeBackups, self.buttons)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.titleLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Change your password", None))
        self.forLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"For", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.noteSolo.setText(QCoreApplication.translate("ChangePasswordDialog", u"Your recovery code stays the same.", None))
        self.noteCouple.setText(QCoreApplication.translate("ChangePasswordDialog", u"Your recovery code stays the same, and so does your partner's password.", None))
        self.backupsNote.setText(QCoreApplication.translate("ChangePasswordDialog", u"Older backups are re-protected with your new password: afterwards they open with your new password or your recovery code, and your old password opens none of them.", None))
        self.removeBackups.setText(QCoreApplication.translate("ChangePasswordDialog", u"Remove older backups instead (a fresh backup is made right after)", None))
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

