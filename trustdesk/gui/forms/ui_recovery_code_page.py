# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_code_page.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryCodePage(object):
    def setupUi(self, RecoveryCodePage):
        if not RecoveryCodePage.objectName():
            RecoveryCodePage.setObjectName(u"RecoveryCodePage")
        self.pageLayout = QVBoxLayout(RecoveryCodePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.code_title = QLabel(RecoveryCodePage)
        self.code_title.setObjectName(u"code_title")
        self.code_title.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.code_title)

        self.explain = QLabel(RecoveryCodePage)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.explain)

        self.code = QLabel(RecoveryCodePage)
        self.code.setObjectName(u"code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setProperty(u"role", u"code")

        self.pageLayout.addWidget(self.code)

        self.sheetButtons = QHBoxLayout()
        self.sheetButtons.setSpacing(8)
        self.sheetButtons.setObjectName(u"sheetButtons")
        self.print_button = QPushButton(RecoveryCodePage)
        self.print_button.setObjectName(u"print_button")

        self.sheetButtons.addWidget(self.print_button)

        self.save_button = QPushButton(RecoveryCodePage)
        self.save_button.setObjectName(u"save_button")

        self.sheetButtons.addWidget(self.save_button)

        self.sheetStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetButtons.addItem(self.sheetStretch)


        self.pageLayout.addLayout(self.sheetButtons)

        self.plaintext = QLabel(RecoveryCodePage)
        self.plaintext.setObjectName(u"plaintext")
        self.plaintext.setWordWrap(True)
        self.plaintext.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.plaintext)

        self.keptSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pageLayout.addItem(self.keptSpacer)

        self.kept = QCheckBox(RecoveryCodePage)
        self.kept.setObjectName(u"kept")

        self.pageLayout.addWidget(self.kept)

        self.after = QLabel(RecoveryCodePage)
        self.after.setObjectName(u"after")
        self.after.setWordWrap(True)
        self.after.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.after)

        self.pageStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageStretch)

        self.code_buttons = QDialogButtonBox(RecoveryCodePage)
        self.code_buttons.setObjectName(u"code_buttons")

        self.pageLayout.addWidget(self.code_buttons)

        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.kept)
        QWidget.setTabOrder(self.kept, self.code_buttons)

        self.retranslateUi(RecoveryCodePage)

        QMetaObject.connectSlotsByName(RecoveryCodePage)
    # setupUi

    def retranslateUi(self, RecoveryCodePage):
        self.explain.setText(QCoreApplication.translate("RecoveryCodePage", u"If you ever forget your password, this code lets you choose a new one. Write it down and keep it where only you can reach it: nobody else can open your private space for you.", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("RecoveryCodePage", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("RecoveryCodePage", u"Print the recovery sheet", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("RecoveryCodePage", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("RecoveryCodePage", u"Save the recovery sheet as PDF", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("RecoveryCodePage", u"Save as P&DF\u2026", None))
        self.plaintext.setText(QCoreApplication.translate("RecoveryCodePage", u"Paper and PDF copies are not encrypted: keep them where only you can reach them.", None))
#if QT_CONFIG(accessibility)
        self.kept.setAccessibleName(QCoreApplication.translate("RecoveryCodePage", u"Recovery code kept", None))
#endif // QT_CONFIG(accessibility)
        self.kept.setText(QCoreApplication.translate("RecoveryCodePage", u"I have kept my recovery code somewhere safe", None))
        self.after.setText(QCoreApplication.translate("RecoveryCodePage", u"You can sign in with Partners \u2192 Switch partner, or the next time TrustDesk is unlocked.", None))
        pass
    # retranslateUi

