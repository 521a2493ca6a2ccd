/**
 * Installing plugins: features from a p2 repository the user names (a folder, a zip or an http(s)
 * address) installed into, updated in and removed from the running Scry's own p2 profile, the way
 * Eclipse's director does it. {@link dev.scry.plugins.PluginInstaller} is the DS service,
 * {@link dev.scry.plugins.ProfileSession} one operation on the profile (plan, trust check, perform, or
 * put the bundle pool back);
 * {@link dev.scry.plugins.NamedRepositoryTransport} contacts only the repository named,
 * {@link dev.scry.plugins.SignatureTrust} refuses unsigned and unknown-signer jars unless told to trust
 * unsigned ones, and {@link dev.scry.plugins.PlanProblems} turns the planner's status into the sentence
 * a user reads (the plugin and its missing requirement). The running framework is not changed: the
 * next start of Scry uses what was installed.
 */
package dev.scry.plugins;
