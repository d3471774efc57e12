/**
 * An exact pin_subpackage on another output of the recipe needs that output's build string, which only the
 * output planner knows: the renderer writes this marker in its place and the planner replaces it.
 */
export const buildMarker = (name: string): string => `%%build-of:${name}%%`

/** The markers in a text; group 1 is the output's name. */
export const BUILD_MARKER = /%%build-of:([^%\s]+)%%/g
