# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(980, 580)
        self.outer = QVBoxLayout(HistoryDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(HistoryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outer.addWidget(self.titleLabel)

        self.lead = QLabel(HistoryDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)

        self.outer.addWidget(self.lead)

        self.split = QSplitter(HistoryDialog)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.table = QTableView(self.split)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.split.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.view = QTextBrowser(self.split)
        self.view.setObjectName(u"view")
        self.view.setOpenLinks(False)
        self.split.addWidget(self.view)

        self.outer.addWidget(self.split)

        self.row = QHBoxLayout()
        self.row.setSpacing(8)
        self.row.setObjectName(u"row")
        self.compare_draft = QPushButton(HistoryDialog)
        self.compare_draft.setObjectName(u"compare_draft")

        self.row.addWidget(self.compare_draft)

        self.compare_previous = QPushButton(HistoryDialog)
        self.compare_previous.setObjectName(u"compare_previous")

        self.row.addWidget(self.compare_previous)

        self.print_button = QPushButton(HistoryDialog)
        self.print_button.setObjectName(u"print_button")

        self.row.addWidget(self.print_button)

        self.rowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row.addItem(self.rowStretch)


        self.outer.addLayout(self.row)

        self.buttons = QDialogButtonBox(HistoryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        self.outer.setStretch(2, 1)
        QWidget.setTabOrder(self.table, self.view)
        QWidget.setTabOrder(self.view, self.compare_draft)
        QWidget.setTabOrder(self.compare_draft, self.compare_previous)
        QWidget.setTabOrder(self.compare_previous, self.print_button)
        QWidget.setTabOrder(self.print_button, self.buttons)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"Agreement history", None))
#if QT_CONFIG(accessibility)
        HistoryDialog.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Agreement history", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("HistoryDialog", u"Signed versions", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Signed versions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"The chosen version", None))
#endif // QT_CONFIG(accessibility)
        self.compare_draft.setText(QCoreApplication.translate("HistoryDialog", u"Compare with the current draft", None))
        self.compare_previous.setText(QCoreApplication.translate("HistoryDialog", u"Compare with the version before", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"Print this version", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("HistoryDialog", u"Print\u2026", None))
    # retranslateUi

