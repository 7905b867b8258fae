# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'renew_key.ui'
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

class Ui_RenewKeyPage(object):
    def setupUi(self, RenewKeyPage):
        if not RenewKeyPage.objectName():
            RenewKeyPage.setObjectName(u"RenewKeyPage")
        self.pageLayout = QVBoxLayout(RenewKeyPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(RenewKeyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.lead = QLabel(RenewKeyPage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.about = QLabel(RenewKeyPage)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)
        self.about.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.about)

        self.passwordLabel = QLabel(RenewKeyPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.pageLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(RenewKeyPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pageLayout.addWidget(self.passwordEdit)

        self.inlineMessage = QLabel(RenewKeyPage)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.inlineMessage)

        self.pageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageStretch)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RenewKeyPage)

        QMetaObject.connectSlotsByName(RenewKeyPage)
    # setupUi

    def retranslateUi(self, RenewKeyPage):
        self.titleLabel.setText(QCoreApplication.translate("RenewKeyPage", u"Renew the shared key", None))
        self.lead.setText(QCoreApplication.translate("RenewKeyPage", u"Someone who once shared this vault may have kept a copy of its old keys. A new key for the shared space makes sure those keys no longer open it.", None))
        self.about.setText(QCoreApplication.translate("RenewKeyPage", u"Nothing in the vault changes or is lost. Your password stays the same; your recovery code is replaced by a new one, shown next.", None))
        self.passwordLabel.setText(QCoreApplication.translate("RenewKeyPage", u"Your password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("RenewKeyPage", u"Your password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("RenewKeyPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

