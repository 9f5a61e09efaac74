"""Baseline for the start-up benchmark: a bare PySide6 window, frozen the same way.

It shows an empty window titled "Kale PySide6" and keeps running until it is closed (the
benchmark measures how long until the window is on the screen, then ends the process).
"""

import sys

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("Kale PySide6")
window.resize(640, 480)
window.show()
sys.exit(app.exec())
