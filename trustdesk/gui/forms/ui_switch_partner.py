# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'switch_partner.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from trustdesk.gui.overview import PartnerBadge

class Ui_SwitchPartnerDialog(object):
    def setupUi(self, SwitchPartnerDialog):
        if not SwitchPartnerDialog.objectName():
            SwitchPartnerDialog.setObjectName(u"SwitchPartnerDialog")
        SwitchPartnerDialog.setMinimumSize(QSize(420, 0))
        self.pageLayout = QVBoxLayout(SwitchPartnerDialog)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 24, 24, 16)
        self.titleLabel = QLabel(SwitchPartnerDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.badge = PartnerBadge(SwitchPartnerDialog)
        self.badge.setObjectName(u"badge")

        self.pageLayout.addWidget(self.badge)

        self.lead = QLabel(SwitchPartnerDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.passwordLabel = QLabel(SwitchPartnerDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.pageLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(SwitchPartnerDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pageLayout.addWidget(self.passwordEdit)

        self.inlineMessage = QLabel(SwitchPartnerDialog)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.inlineMessage)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomStretch)

        self.buttons = QDialogButtonBox(SwitchPartnerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomRow.addWidget(self.buttons)


        self.pageLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.buttons)

        self.retranslateUi(SwitchPartnerDialog)

        QMetaObject.connectSlotsByName(SwitchPartnerDialog)
    # setupUi

    def retranslateUi(self, SwitchPartnerDialog):
        SwitchPartnerDialog.setWindowTitle(QCoreApplication.translate("SwitchPartnerDialog", u"Switch partner", None))
        self.titleLabel.setText(QCoreApplication.translate("SwitchPartnerDialog", u"Switch partner", None))
        self.lead.setText(QCoreApplication.translate("SwitchPartnerDialog", u"{name}, type your password to sign in. {me}'s private space closes; the shared space stays open.", None))
        self.passwordLabel.setText(QCoreApplication.translate("SwitchPartnerDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SwitchPartnerDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("SwitchPartnerDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

