# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDialog, QHBoxLayout,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(480, 0))
        self.outer = QVBoxLayout(ExportDialog)
        self.outer.setSpacing(12)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 16, 24, 16)
        self.titleLabel = QLabel(ExportDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setProperty(u"role", u"title")

        self.outer.addWidget(self.titleLabel)

        self.markdownFile = QRadioButton(ExportDialog)
        self.group = QButtonGroup(ExportDialog)
        self.group.setObjectName(u"group")
        self.group.addButton(self.markdownFile)
        self.markdownFile.setObjectName(u"markdownFile")
        self.markdownFile.setProperty(u"role", u"choice")

        self.outer.addWidget(self.markdownFile)

        self.markdownFileHint = QLabel(ExportDialog)
        self.markdownFileHint.setObjectName(u"markdownFileHint")
        self.markdownFileHint.setTextFormat(Qt.TextFormat.PlainText)
        self.markdownFileHint.setWordWrap(True)
        self.markdownFileHint.setProperty(u"role", u"hint")

        self.outer.addWidget(self.markdownFileHint)

        self.markdownFolder = QRadioButton(ExportDialog)
        self.group.addButton(self.markdownFolder)
        self.markdownFolder.setObjectName(u"markdownFolder")
        self.markdownFolder.setProperty(u"role", u"choice")

        self.outer.addWidget(self.markdownFolder)

        self.markdownFolderHint = QLabel(ExportDialog)
        self.markdownFolderHint.setObjectName(u"markdownFolderHint")
        self.markdownFolderHint.setTextFormat(Qt.TextFormat.PlainText)
        self.markdownFolderHint.setWordWrap(True)
        self.markdownFolderHint.setProperty(u"role", u"hint")

        self.outer.addWidget(self.markdownFolderHint)

        self.json = QRadioButton(ExportDialog)
        self.group.addButton(self.json)
        self.json.setObjectName(u"json")
        self.json.setProperty(u"role", u"choice")

        self.outer.addWidget(self.json)

        self.jsonHint = QLabel(ExportDialog)
        self.jsonHint.setObjectName(u"jsonHint")
        self.jsonHint.setTextFormat(Qt.TextFormat.PlainText)
        self.jsonHint.setWordWrap(True)
        self.jsonHint.setProperty(u"role", u"hint")

        self.outer.addWidget(self.jsonHint)

        self.backup = QRadioButton(ExportDialog)
        self.group.addButton(self.backup)
        self.backup.setObjectName(u"backup")
        self.backup.setProperty(u"role", u"choice")

        self.outer.addWidget(self.backup)

        self.backupHint = QLabel(ExportDialog)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setTextFormat(Qt.TextFormat.PlainText)
        self.backupHint.setWordWrap(True)
        self.backupHint.setProperty(u"role", u"hint")

        self.outer.addWidget(self.backupHint)

        self.notice = QLabel(ExportDialog)
        self.notice.setObjectName(u"notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setProperty(u"role", u"hint")

        self.outer.addWidget(self.notice)

        self.row = QHBoxLayout()
        self.row.setObjectName(u"row")
        self.rowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row.addItem(self.rowStretch)

        self.close_button = QPushButton(ExportDialog)
        self.close_button.setObjectName(u"close_button")

        self.row.addWidget(self.close_button)

        self.export_button = QPushButton(ExportDialog)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setProperty(u"role", u"primary")

        self.row.addWidget(self.export_button)


        self.outer.addLayout(self.row)

        QWidget.setTabOrder(self.markdownFile, self.markdownFolder)
        QWidget.setTabOrder(self.markdownFolder, self.json)
        QWidget.setTabOrder(self.json, self.backup)
        QWidget.setTabOrder(self.backup, self.close_button)
        QWidget.setTabOrder(self.close_button, self.export_button)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
#if QT_CONFIG(accessibility)
        self.markdownFile.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Markdown, in one file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.markdownFile.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Easy to read and print.", None))
#endif // QT_CONFIG(accessibility)
        self.markdownFile.setText(QCoreApplication.translate("ExportDialog", u"Markdown, in one file", None))
        self.markdownFileHint.setText(QCoreApplication.translate("ExportDialog", u"Easy to read and print.", None))
#if QT_CONFIG(accessibility)
        self.markdownFolder.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Markdown, one file per entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.markdownFolder.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"In a new, empty folder.", None))
#endif // QT_CONFIG(accessibility)
        self.markdownFolder.setText(QCoreApplication.translate("ExportDialog", u"Markdown, one file per entry", None))
        self.markdownFolderHint.setText(QCoreApplication.translate("ExportDialog", u"In a new, empty folder.", None))
#if QT_CONFIG(accessibility)
        self.json.setAccessibleName(QCoreApplication.translate("ExportDialog", u"JSON (the jrnl format)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.json.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"For other journal apps; TrustDesk reads it back.", None))
#endif // QT_CONFIG(accessibility)
        self.json.setText(QCoreApplication.translate("ExportDialog", u"JSON (the jrnl format)", None))
        self.jsonHint.setText(QCoreApplication.translate("ExportDialog", u"For other journal apps; TrustDesk reads it back.", None))
#if QT_CONFIG(accessibility)
        self.backup.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Encrypted backup copy of the whole vault", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backup.setAccessibleDescription(QCoreApplication.translate("ExportDialog", u"Opens only with a partner's password or recovery code. Good for a USB stick.", None))
#endif // QT_CONFIG(accessibility)
        self.backup.setText(QCoreApplication.translate("ExportDialog", u"Encrypted backup copy of the whole vault", None))
        self.backupHint.setText(QCoreApplication.translate("ExportDialog", u"Opens only with a partner's password or recovery code. Good for a USB stick.", None))
        self.notice.setText(QCoreApplication.translate("ExportDialog", u"Markdown and JSON copies are not encrypted. You will be asked to confirm.", None))
        self.close_button.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"Export\u2026", None))
    # retranslateUi

