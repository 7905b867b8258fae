# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invite.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from trustdesk.gui.startup.password import PasswordField

class Ui_InvitePage(object):
    def setupUi(self, InvitePage):
        if not InvitePage.objectName():
            InvitePage.setObjectName(u"InvitePage")
        self.pageLayout = QVBoxLayout(InvitePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(InvitePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.lead = QLabel(InvitePage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.about = QLabel(InvitePage)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)
        self.about.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.about)

        self.nameLabel = QLabel(InvitePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.pageLayout.addWidget(self.nameLabel)

        self.name = QLineEdit(InvitePage)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(60)

        self.pageLayout.addWidget(self.name)

        self.colourLabel = QLabel(InvitePage)
        self.colourLabel.setObjectName(u"colourLabel")

        self.pageLayout.addWidget(self.colourLabel)

        self.colourSlot = QVBoxLayout()
        self.colourSlot.setObjectName(u"colourSlot")

        self.pageLayout.addLayout(self.colourSlot)

        self.password = PasswordField(InvitePage)
        self.password.setObjectName(u"password")

        self.pageLayout.addWidget(self.password)

        self.inlineMessage = QLabel(InvitePage)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.inlineMessage)

        self.pageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageStretch)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvitePage)

        QMetaObject.connectSlotsByName(InvitePage)
    # setupUi

    def retranslateUi(self, InvitePage):
        self.titleLabel.setText(QCoreApplication.translate("InvitePage", u"Invite your partner", None))
        self.lead.setText(QCoreApplication.translate("InvitePage", u"Hand the keyboard to your partner. They choose their own name, colour and password.", None))
        self.about.setText(QCoreApplication.translate("InvitePage", u"They get a private space of their own: you cannot open theirs, and they cannot open yours. The agreement, check-ins and shared notes belong to you both.", None))
        self.nameLabel.setText(QCoreApplication.translate("InvitePage", u"Your name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("InvitePage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.colourLabel.setText(QCoreApplication.translate("InvitePage", u"Your colour", None))
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("InvitePage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

