# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_code.ui'
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

class Ui_NewCodePage(object):
    def setupUi(self, NewCodePage):
        if not NewCodePage.objectName():
            NewCodePage.setObjectName(u"NewCodePage")
        self.pageLayout = QVBoxLayout(NewCodePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(NewCodePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.lead = QLabel(NewCodePage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.about = QLabel(NewCodePage)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)
        self.about.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.about)

        self.passwordLabel = QLabel(NewCodePage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.pageLayout.addWidget(self.passwordLabel)

        self.passwordEdit = QLineEdit(NewCodePage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pageLayout.addWidget(self.passwordEdit)

        self.inlineMessage = QLabel(NewCodePage)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.pageLayout.addWidget(self.inlineMessage)

        self.pageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageStretch)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewCodePage)

        QMetaObject.connectSlotsByName(NewCodePage)
    # setupUi

    def retranslateUi(self, NewCodePage):
        self.titleLabel.setText(QCoreApplication.translate("NewCodePage", u"A new recovery code", None))
        self.lead.setText(QCoreApplication.translate("NewCodePage", u"If someone may have seen your recovery sheet, or you simply want a fresh one, TrustDesk can make a new code for you.", None))
        self.about.setText(QCoreApplication.translate("NewCodePage", u"Once the new code is made, your old recovery code opens nothing: not the vault, and not its backups, which are re-protected with the new code. Your password stays the same.", None))
        self.passwordLabel.setText(QCoreApplication.translate("NewCodePage", u"Your password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("NewCodePage", u"Your password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("NewCodePage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

