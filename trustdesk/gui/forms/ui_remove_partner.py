# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remove_partner.ui'
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
    QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RemovePartnerDialog(object):
    def setupUi(self, RemovePartnerDialog):
        if not RemovePartnerDialog.objectName():
            RemovePartnerDialog.setObjectName(u"RemovePartnerDialog")
        RemovePartnerDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(RemovePartnerDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 24, 24, 16)
        self.heading = QLabel(RemovePartnerDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.heading)

        self.notice = QFrame(RemovePartnerDialog)
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

        self.notice4 = QLabel(self.notice)
        self.notice4.setObjectName(u"notice4")
        self.notice4.setTextFormat(Qt.TextFormat.PlainText)
        self.notice4.setWordWrap(True)

        self.noticeLayout.addWidget(self.notice4)

        self.notice5 = QLabel(self.notice)
        self.notice5.setObjectName(u"notice5")
        self.notice5.setTextFormat(Qt.TextFormat.PlainText)
        self.notice5.setWordWrap(True)

        self.noticeLayout.addWidget(self.notice5)


        self.mainLayout.addWidget(self.notice)

        self.understood = QCheckBox(RemovePartnerDialog)
        self.understood.setObjectName(u"understood")

        self.mainLayout.addWidget(self.understood)

        self.wordLabel = QLabel(RemovePartnerDialog)
        self.wordLabel.setObjectName(u"wordLabel")

        self.mainLayout.addWidget(self.wordLabel)

        self.word = QLineEdit(RemovePartnerDialog)
        self.word.setObjectName(u"word")

        self.mainLayout.addWidget(self.word)

        self.inlineMessage = QLabel(RemovePartnerDialog)
        self.inlineMessage.setObjectName(u"inlineMessage")
        self.inlineMessage.setTextFormat(Qt.TextFormat.PlainText)
        self.inlineMessage.setWordWrap(True)

        self.mainLayout.addWidget(self.inlineMessage)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomStretch)

        self.buttons = QDialogButtonBox(RemovePartnerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottomRow.addWidget(self.buttons)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.wordLabel.setBuddy(self.word)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.understood, self.word)
        QWidget.setTabOrder(self.word, self.buttons)

        self.retranslateUi(RemovePartnerDialog)

        QMetaObject.connectSlotsByName(RemovePartnerDialog)
    # setupUi

    def retranslateUi(self, RemovePartnerDialog):
        RemovePartnerDialog.setWindowTitle(QCoreApplication.translate("RemovePartnerDialog", u"Remove a partner", None))
        self.heading.setText(QCoreApplication.translate("RemovePartnerDialog", u"Remove {name} from this vault", None))
        self.notice1.setText(QCoreApplication.translate("RemovePartnerDialog", u"{name} will no longer be able to open this vault: their password and recovery code stop working.", None))
        self.notice2.setText(QCoreApplication.translate("RemovePartnerDialog", u"Their private space is not deleted, but no one will be able to open it any more \u2014 not you, and not {name}.", None))
        self.notice3.setText(QCoreApplication.translate("RemovePartnerDialog", u"The shared space stays whole: the agreement, check-ins, appreciations and shared notes, including everything {name} wrote there.", None))
        self.notice4.setText(QCoreApplication.translate("RemovePartnerDialog", u"The shared space gets a new key, so keys they may have kept open nothing written from now on. A backup of the whole vault is made first; like every backup, it is re-protected so that {name}'s password opens none.", None))
        self.notice5.setText(QCoreApplication.translate("RemovePartnerDialog", u"If {name} can be here, it is kinder to let them leave with their own password instead.", None))
#if QT_CONFIG(accessibility)
        self.understood.setAccessibleName(QCoreApplication.translate("RemovePartnerDialog", u"I understand", None))
#endif // QT_CONFIG(accessibility)
        self.understood.setText(QCoreApplication.translate("RemovePartnerDialog", u"I understand that {name} can no longer open this vault", None))
        self.wordLabel.setText(QCoreApplication.translate("RemovePartnerDialog", u"To confirm, type the word \u201c{word}\u201d", None))
#if QT_CONFIG(accessibility)
        self.word.setAccessibleName(QCoreApplication.translate("RemovePartnerDialog", u"Type {word} to confirm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.inlineMessage.setAccessibleName(QCoreApplication.translate("RemovePartnerDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

