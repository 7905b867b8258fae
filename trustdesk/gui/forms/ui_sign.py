# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign.ui'
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
    QFormLayout, QFrame, QLabel, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_SignDialog(object):
    def setupUi(self, SignDialog):
        if not SignDialog.objectName():
            SignDialog.setObjectName(u"SignDialog")
        SignDialog.resize(640, 680)
        self.outer = QVBoxLayout(SignDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 20)
        self.titleSolo = QLabel(SignDialog)
        self.titleSolo.setObjectName(u"titleSolo")
        self.titleSolo.setProperty(u"role", u"title")

        self.outer.addWidget(self.titleSolo)

        self.titleTogether = QLabel(SignDialog)
        self.titleTogether.setObjectName(u"titleTogether")
        self.titleTogether.setProperty(u"role", u"title")

        self.outer.addWidget(self.titleTogether)

        self.leadSolo = QLabel(SignDialog)
        self.leadSolo.setObjectName(u"leadSolo")
        self.leadSolo.setWordWrap(True)

        self.outer.addWidget(self.leadSolo)

        self.leadTogether = QLabel(SignDialog)
        self.leadTogether.setObjectName(u"leadTogether")
        self.leadTogether.setWordWrap(True)

        self.outer.addWidget(self.leadTogether)

        self.preview = QTextBrowser(SignDialog)
        self.preview.setObjectName(u"preview")
        self.preview.setOpenLinks(False)

        self.outer.addWidget(self.preview)

        self.refusal = QFrame(SignDialog)
        self.refusal.setObjectName(u"refusal")
        self.refusal.setProperty(u"role", u"notice")
        self.refusalLayout = QVBoxLayout(self.refusal)
        self.refusalLayout.setObjectName(u"refusalLayout")
        self.refusalLayout.setContentsMargins(16, 12, 16, 12)
        self.refusalHeading = QLabel(self.refusal)
        self.refusalHeading.setObjectName(u"refusalHeading")
        self.refusalHeading.setStyleSheet(u"font-weight: 600")

        self.refusalLayout.addWidget(self.refusalHeading)

        self.reason = QLabel(self.refusal)
        self.reason.setObjectName(u"reason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)

        self.refusalLayout.addWidget(self.reason)


        self.outer.addWidget(self.refusal)

        self.names = QFormLayout()
        self.names.setObjectName(u"names")
        self.names.setHorizontalSpacing(12)
        self.names.setVerticalSpacing(8)

        self.outer.addLayout(self.names)

        self.inlineMessage = QLabel(SignDialog)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setWordWrap(True)

        self.outer.addWidget(self.inlineMessage)

        self.buttons = QDialogButtonBox(SignDialog)
        self.buttons.setObjectName(u"buttons")

        self.outer.addWidget(self.buttons)

        self.outer.setStretch(4, 1)

        self.retranslateUi(SignDialog)

        QMetaObject.connectSlotsByName(SignDialog)
    # setupUi

    def retranslateUi(self, SignDialog):
        SignDialog.setWindowTitle(QCoreApplication.translate("SignDialog", u"Sign the agreement", None))
#if QT_CONFIG(accessibility)
        SignDialog.setAccessibleName(QCoreApplication.translate("SignDialog", u"Sign the agreement", None))
#endif // QT_CONFIG(accessibility)
        self.titleSolo.setText(QCoreApplication.translate("SignDialog", u"Sign your commitment (version {number})", None))
        self.titleTogether.setText(QCoreApplication.translate("SignDialog", u"Sign version {number} together", None))
        self.leadSolo.setText(QCoreApplication.translate("SignDialog", u"This is exactly what you are signing. Read it through. Once signed, this version never changes; later changes become a new version.", None))
        self.leadTogether.setText(QCoreApplication.translate("SignDialog", u"This is exactly what you are signing. Read it through together. Once signed, this version never changes; later changes become a new version.", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("SignDialog", u"What will be signed", None))
#endif // QT_CONFIG(accessibility)
        self.refusalHeading.setText(QCoreApplication.translate("SignDialog", u"Not ready to sign yet", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("SignDialog", u"Why signing is not possible yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("SignDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

