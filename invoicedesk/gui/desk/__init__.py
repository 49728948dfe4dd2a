"""The case desk: main window, case table, filter sidebar, detail pane, case actions and the
extension points features plug into."""
