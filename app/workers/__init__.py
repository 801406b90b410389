"""QObjects that live in QThreads and bridge app.core to app.ui with signals."""
