/**
 * The domain of Strike Impact: sites, industrial actions, the activity they rescheduled and where
 * every figure came from. Records only, checked at the door; no I/O and no third-party library.
 *
 * <p>The arithmetic on these records lives in {@link io.strikeimpact.model.analysis}; the house
 * style for writing figures and dates lives in {@link io.strikeimpact.model.text}.
 */
package io.strikeimpact.model;
