package org.localvoice.reporting;

/** The national view: how every network is doing, in aggregate numbers (national viewers and platform administrators). */
public interface NationalView {

    NationalFigures figures();
}
