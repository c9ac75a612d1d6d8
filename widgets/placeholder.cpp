// Keeps the widgets library non-empty until the viewer lands.
namespace curator { void widgetsLibraryAnchor() {} }
