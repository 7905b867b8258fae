# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'milestone.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.setMinimumSize(QSize(440, 0))
        self.outer = QVBoxLayout(MilestoneDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 16)
        self.intro = QLabel(MilestoneDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"hint")

        self.outer.addWidget(self.intro)

        self.fixedIntro = QLabel(MilestoneDialog)
        self.fixedIntro.setObjectName(u"fixedIntro")
        self.fixedIntro.setWordWrap(True)
        self.fixedIntro.setProperty(u"role", u"hint")

        self.outer.addWidget(self.fixedIntro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(8)
        self.form.setVerticalSpacing(8)
        self.dateLabel = QLabel(MilestoneDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = QDateEdit(MilestoneDialog)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"d MMMM yyyy")
        self.date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.titleLabel = QLabel(MilestoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(MilestoneDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.noteLabel = QLabel(MilestoneDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(MilestoneDialog)
        self.note.setObjectName(u"note")
        self.note.setMinimumSize(QSize(0, 96))
        self.note.setMaximumSize(QSize(16777215, 96))
        self.note.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note)


        self.outer.addLayout(self.form)

        self.problem = QLabel(MilestoneDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"role", u"hint")

        self.outer.addWidget(self.problem)

        self.buttons = QDialogButtonBox(MilestoneDialog)
        self.buttons.setObjectName(u"buttons")

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.titleLabel.setBuddy(self.title)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.title)
        QWidget.setTabOrder(self.title, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(MilestoneDialog)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Add a milestone", None))
        self.intro.setText(QCoreApplication.translate("MilestoneDialog", u"A day worth remembering: a first, a conversation, a step you took together.", None))
        self.fixedIntro.setText(QCoreApplication.translate("MilestoneDialog", u"TrustDesk marked this day by itself. It stays on your timeline.", None))
        self.dateLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Day", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Day of the milestone", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MilestoneDialog", u"What happened", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"For example: our first weekend away again", None))
        self.noteLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Note", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"A note about the milestone", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"A few words to remember it by (optional)", None))
    # retranslateUi

