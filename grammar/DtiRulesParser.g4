// Syntax of the DtiRules ruleset language (.dti files).
// The single source of the syntax: the C# parser in src/DtiRules.Language/Syntax/Generated
// is generated from this file and DtiRulesLexer.g4 by grammar/generate.sh.
parser grammar DtiRulesParser;

options { tokenVocab = DtiRulesLexer; }

rulesetFile
    : header declaration* EOF
    ;

header
    : RULESET name=IDENT EDITION edition=NUMBER baseEdition? LBRACE property* RBRACE
    ;

// An edition written as changes to another: 'extends dti_province 2022'.
baseEdition
    : EXTENDS name=IDENT edition=NUMBER
    ;

// Header properties are key/value pairs checked by the binder, so a misspelt key gets a
// "did you mean" hint instead of a syntax error. Among them: 'unit KIND' (province, commune,
// district, department, ministry, custom) and 'units "list.csv"' or 'units open', the list of
// units the data may name.
property
    : key=propertyKey propertyValue
    ;

propertyKey
    : IDENT | UNIT | SOURCE | MISSING
    ;

propertyValue
    : STRING | NUMBER | IDENT
    ;

declaration
    : levelsDeclaration
    | inputDeclaration
    | noteDeclaration
    | nodeDeclaration
    | outputDeclaration
    | rankDeclaration
    | overrideDeclaration
    | removeDeclaration
    | moveDeclaration
    | renameDeclaration
    | mapDeclaration
    | testDeclaration
    | uncertaintyDeclaration
    ;

// Changes to the base edition. Label, max points and the block are each optional.
overrideDeclaration
    : OVERRIDE NODE name=IDENT label=STRING? (MAX points=NUMBER)? (LBRACE nodeItem* RBRACE)?   # overrideNode
    | OVERRIDE kind=(OUTPUT | INDEX) name=IDENT label=STRING? (LBRACE outputItem* RBRACE)?     # overrideOutput
    ;

removeDeclaration
    : REMOVE kind=(NODE | INPUT | OUTPUT) IDENT (COMMA IDENT)*
    ;

moveDeclaration
    : MOVE NODE name=IDENT TO parent=IDENT
    ;

renameDeclaration
    : RENAME NODE oldName=IDENT TO newName=IDENT
    ;

// How fields of older datasets become this edition's inputs: 'input_id: formula over old fields'.
mapDeclaration
    : MAP label=STRING? LBRACE mapping* RBRACE
    ;

mapping
    : target=IDENT COLON expression
    ;

// A test of this edition: data for a few units, and the results they must give.
testDeclaration
    : TEST name=STRING LBRACE (testUnit | expectation)* RBRACE
    ;

testUnit
    : UNIT name=STRING LBRACE testCell* RBRACE
    ;

testCell
    : field=IDENT (DOT suffix=IDENT)? COLON testValue
    ;

testValue
    : signedNumber PERCENT? | IDENT | YES | NO | STRING
    ;

// expect "Hà Nội" dti == 0.5934 within 0.0001; targets: an output, a node (its 0–1 value),
// points(node), value(node), rank(output); tolerance absolute, or relative with '%'.
expectation
    : EXPECT unit=STRING target=expectTarget EQ expected=signedNumber (WITHIN tolerance=signedNumber relative=PERCENT?)?
    ;

expectTarget
    : name=IDENT (LPAREN argument=IDENT RPAREN)?
    | function=(VALUE | RANK) LPAREN argument=IDENT RPAREN
    ;

// What a sensitivity run may vary, each factor drawn uniformly (alternatives equally likely unless
// weighted): a node's max points (a spread around it or a range; its siblings are rescaled so the
// parent's max holds), the missing-data policy, a node's formula, noise on an input's cells.
uncertaintyDeclaration
    : UNCERTAINTY LBRACE uncertaintyFactor* RBRACE
    ;

uncertaintyFactor
    : WEIGHT name=IDENT PLUSMINUS spread=NUMBER PERCENT                                     # weightSpreadFactor
    | WEIGHT name=IDENT low=NUMBER DOTDOT high=NUMBER                                       # weightRangeFactor
    | NOISE name=IDENT PLUSMINUS spread=NUMBER PERCENT                                      # noiseFactor
    | POLICY MISSING policyAlternative (PIPE policyAlternative)*                             # policyFactor
    | FORMULA name=IDENT LBRACE formulaAlternative (PIPE? formulaAlternative)* RBRACE        # formulaFactor
    ;

policyAlternative
    : policy=IDENT alternativeWeight?
    ;

formulaAlternative
    : label=STRING COLON expression alternativeWeight?
    ;

// How likely an alternative is against the others: 'mean weight 2'.
alternativeWeight
    : WEIGHT NUMBER
    ;

levelsDeclaration
    : LEVELS name=IDENT label=STRING? LBRACE levelMember* RBRACE
    ;

levelMember
    : name=IDENT label=STRING
    ;

inputDeclaration
    : INPUT name=IDENT COLON inputType label=STRING inputOption*
    ;

// A text column of the data kept beside the scores (status, person in charge, evidence):
// 'note status "Trạng thái"' reads the column named status or Trạng thái.
noteDeclaration
    : NOTE name=IDENT column=STRING
    ;

inputType
    : kind=IDENT (LPAREN levels=IDENT RPAREN)?
    ;

inputOption
    : RANGE low=signedNumber DOTDOT high=signedNumber   # rangeOption
    | UNIT text=STRING                                  # unitOption
    | MISSING policy=IDENT                              # missingOption
    ;

signedNumber
    : MINUS? NUMBER
    ;

nodeDeclaration
    : NODE name=IDENT label=STRING MAX points=NUMBER LBRACE nodeItem* RBRACE
    ;

nodeItem
    : nodeDeclaration                                   # childNodeItem
    | provenance                                        # provenanceNodeItem
    | GROUP name=IDENT                                  # groupNodeItem
    | MISSING policy=IDENT                              # missingNodeItem
    | SCORE ASSIGN expression                           # scoreNodeItem
    ;

provenance
    : kind=(DOCUMENTED | ASSUMED) reason=STRING (SOURCE reference=STRING)?
    ;

outputDeclaration
    : kind=(OUTPUT | INDEX) name=IDENT label=STRING LBRACE outputItem* RBRACE
    ;

outputItem
    : provenance                                        # provenanceOutputItem
    | VALUE ASSIGN expression                           # valueOutputItem
    ;

rankDeclaration
    : RANK IDENT (COMMA IDENT)*
    ;

// ANTLR gives the alternatives listed first the tightest binding: primary, then unary minus,
// * /, + -, comparisons, not, and, or, and if/then/else loosest.
expression
    : primary                                                                      # primaryExpression
    | MINUS operand=expression                                                     # negationExpression
    | left=expression op=(STAR | SLASH) right=expression                           # multiplicativeExpression
    | left=expression op=(PLUS | MINUS) right=expression                           # additiveExpression
    | left=expression op=(LT | LE | GT | GE | EQ | NE) right=expression            # comparisonExpression
    | NOT operand=expression                                                       # notExpression
    | left=expression AND right=expression                                         # andExpression
    | left=expression OR right=expression                                          # orExpression
    | IF condition=expression THEN whenTrue=expression ELSE whenFalse=expression   # conditionalExpression
    ;

// A bare 'max' (not a call) is a reference: in a node's formula it means that node's max points.
primary
    : NUMBER                                                        # numberLiteral
    | (YES | NO)                                                    # yesNoLiteral
    | callee=functionName LPAREN (expression (COMMA expression)*)? RPAREN   # callExpression
    | name=(IDENT | MAX) (DOT member=IDENT)?                        # referenceExpression
    | LPAREN expression RPAREN                                      # parenthesizedExpression
    | TIERS subject=expression LBRACE tierArm (COMMA? tierArm)* (COMMA? elseArm)? COMMA? RBRACE   # tiersExpression
    | LEVELS subject=expression LBRACE levelArm (COMMA? levelArm)* (COMMA? elseArm)? COMMA? RBRACE # levelTableExpression
    ;

functionName
    : IDENT | MAX | VALUE
    ;

tierArm
    : op=(GE | GT | LE | LT | EQ) threshold=signedNumber COLON expression
    ;

levelArm
    : member=IDENT COLON expression
    ;

elseArm
    : ELSE COLON expression
    ;
