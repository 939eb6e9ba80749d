/**
 * Abstract argumentation: Dung frameworks, their standard semantics, the ICCMA file formats and
 * the ICCMA 2015 solver interface. Plain Java, no dependencies.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link org.argmap.dung.ArgumentationFramework} is immutable: an ordered set of argument
 *       names and a set of attacks. Its builder fails fast ({@link
 *       java.lang.IllegalArgumentException}) on an attack naming an argument not added before,
 *       on a duplicate or empty name. Self-attacks are allowed.
 *   <li>{@link org.argmap.dung.DungFormat} reads {@code apx} and {@code tgf}. Bad input never
 *       throws: the {@link org.argmap.dung.DungParseResult} carries either a framework or every
 *       {@link org.argmap.dung.DungParseError} found (1-based line and column, kebab-case code
 *       such as {@code apx-syntax}, {@code tgf-syntax}, {@code unknown-argument}, {@code
 *       duplicate-argument}), sorted by location.
 *   <li>{@link org.argmap.dung.ExtensionSolver} computes the extensions of one {@link
 *       org.argmap.dung.Semantics} (grounded, complete, preferred, stable) and decides credulous
 *       and skeptical acceptance. Results are deterministic: extensions are sorted sets of names,
 *       lists of extensions are sorted and free of duplicates, so results compare with {@code
 *       equals}. {@link org.argmap.dung.LabellingSolver} is the implementation.
 *   <li>{@link org.argmap.dung.Iccma} maps the 16 ICCMA 2015 problems ({@code EE}, {@code SE},
 *       {@code DC}, {@code DS} × {@code GR}, {@code CO}, {@code PR}, {@code ST}) onto the solver
 *       and prints answers in ICCMA 2015 syntax; its class comment describes how a command-line
 *       wrapper maps onto it ("DungCommandSpec").
 * </ul>
 *
 * <p>Definitions, for a framework (A, R) and S ⊆ A: S is conflict-free if no member attacks a
 * member; S defends a if S attacks every attacker of a; F(S) is the set of arguments S defends.
 * S is complete if conflict-free and S = F(S); grounded if it is the least fixed point of F
 * (the least complete extension); preferred if it is a ⊆-maximal complete extension; stable if
 * conflict-free and it attacks every argument outside S. Skeptical acceptance under a semantics
 * with no extension (only stable can have none) is YES, following ICCMA 2015.
 *
 * <h2>Technique</h2>
 *
 * Complete extensions correspond one to one to Caminada's complete labellings (IN = the
 * extension, OUT = what it attacks, UNDEC = the rest); stable ones to complete labellings without
 * UNDEC. The solver searches labellings by backtracking with constraint propagation; see {@code
 * LabellingSearch}. Grounded is computed directly as the least fixed point.
 *
 * <h2>References</h2>
 *
 * <ul>
 *   <li>P. M. Dung. On the acceptability of arguments and its fundamental role in nonmonotonic
 *       reasoning, logic programming and n-person games. <i>Artificial Intelligence</i> 77(2),
 *       321–357, 1995.
 *   <li>M. Caminada. On the issue of reinstatement in argumentation. <i>JELIA 2006</i>, LNCS
 *       4160, 111–123, 2006; and M. Caminada, D. Gabbay. A logical account of formal
 *       argumentation. <i>Studia Logica</i> 93(2–3), 109–145, 2009 (labellings).
 *   <li>S. Modgil, M. Caminada. Proof theories and algorithms for abstract argumentation
 *       frameworks. In I. Rahwan, G. Simari (eds.), <i>Argumentation in Artificial
 *       Intelligence</i>, Springer, 105–129, 2009 (labelling-based algorithms).
 *   <li>U. Egly, S. A. Gaggl, S. Woltran. Answer-set programming encodings for argumentation
 *       frameworks. <i>Argument &amp; Computation</i> 1(2), 147–177, 2010 (the ASPARTIX {@code
 *       apx} format).
 *   <li>ICCMA 2015, First International Competition on Computational Models of Argumentation:
 *       rules, problems and the probo solver interface, {@code
 *       http://argumentationcompetition.org/2015/}; F. Cerutti, N. Oren, H. Strass, M. Thimm, M.
 *       Vallati. A benchmark framework for a computational argumentation competition. <i>COMMA
 *       2014</i>, 459–460; M. Thimm, S. Villata, F. Cerutti, N. Oren, H. Strass, M. Vallati.
 *       Summary report of the first International Competition on Computational Models of
 *       Argumentation. <i>AI Magazine</i> 37(1), 102, 2016.
 * </ul>
 */
package org.argmap.dung;
