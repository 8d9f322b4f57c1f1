package org.localvoice.feedback.insight.web;

/** Guards exported text against spreadsheet formula injection (a cell starting =, +, - or @ is run as a formula). */
final class Csv {

    private Csv() {
    }

    static String safe(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
