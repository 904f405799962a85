package org.bandwise.appeal.control;

import org.bandwise.evaluation.entity.PanelSide;

/** A proposed member of an appeal's review panel. */
public record ReviewPanelMember(String userId, String name, PanelSide side, boolean chair) {}
