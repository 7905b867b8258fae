# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.setMinimumSize(QSize(480, 0))
        self.outer = QVBoxLayout(ReportDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 16)
        self.titleLabel = QLabel(ReportDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outer.addWidget(self.titleLabel)

        self.lead = QLabel(ReportDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"hint")

        self.outer.addWidget(self.lead)

        self.when = QHBoxLayout()
        self.when.setSpacing(8)
        self.when.setObjectName(u"when")
        self.period = QComboBox(ReportDialog)
        self.period.addItem("")
        self.period.addItem("")
        self.period.addItem("")
        self.period.addItem("")
        self.period.addItem("")
        self.period.setObjectName(u"period")

        self.when.addWidget(self.period)

        self.since = QDateEdit(ReportDialog)
        self.since.setObjectName(u"since")
        self.since.setDisplayFormat(u"d MMM yyyy")
        self.since.setCalendarPopup(True)

        self.when.addWidget(self.since)

        self.until = QDateEdit(ReportDialog)
        self.until.setObjectName(u"until")
        self.until.setDisplayFormat(u"d MMM yyyy")
        self.until.setCalendarPopup(True)

        self.when.addWidget(self.until)

        self.whenStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.when.addItem(self.whenStretch)


        self.outer.addLayout(self.when)

        self.include = QGroupBox(ReportDialog)
        self.include.setObjectName(u"include")
        self.checks = QVBoxLayout(self.include)
        self.checks.setSpacing(4)
        self.checks.setObjectName(u"checks")
        self.checks.setContentsMargins(16, 12, 16, 12)

        self.outer.addWidget(self.include)

        self.buttons = QDialogButtonBox(ReportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        QWidget.setTabOrder(self.period, self.since)
        QWidget.setTabOrder(self.since, self.until)

        self.retranslateUi(ReportDialog)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Report for a therapist", None))
        self.titleLabel.setText(QCoreApplication.translate("ReportDialog", u"A report to bring to your therapist", None))
        self.lead.setText(QCoreApplication.translate("ReportDialog", u"Choose a stretch of time. The report holds what you shared at check-ins; private journals and private reflections are never part of it.", None))
        self.period.setItemText(0, QCoreApplication.translate("ReportDialog", u"The last 3 months", None))
        self.period.setItemText(1, QCoreApplication.translate("ReportDialog", u"The last 6 months", None))
        self.period.setItemText(2, QCoreApplication.translate("ReportDialog", u"The last year", None))
        self.period.setItemText(3, QCoreApplication.translate("ReportDialog", u"Everything", None))
        self.period.setItemText(4, QCoreApplication.translate("ReportDialog", u"Between two dates", None))

#if QT_CONFIG(accessibility)
        self.period.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Which stretch of time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("ReportDialog", u"From this day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Until this day", None))
#endif // QT_CONFIG(accessibility)
        self.include.setTitle(QCoreApplication.translate("ReportDialog", u"What to include", None))
    # retranslateUi

