// Tokens of the DtiRules ruleset language (.dti files).
// Identifiers are ASCII; Vietnamese text lives in string literals (labels, reasons).
lexer grammar DtiRulesLexer;

// Declarations
RULESET     : 'ruleset';
EDITION     : 'edition';
LEVELS      : 'levels';
INPUT       : 'input';
NOTE        : 'note';
NODE        : 'node';
OUTPUT      : 'output';
INDEX       : 'index';
RANK        : 'rank';
EXTENDS     : 'extends';
OVERRIDE    : 'override';
REMOVE      : 'remove';
MOVE        : 'move';
RENAME      : 'rename';
TO          : 'to';
MAP         : 'map';
TEST        : 'test';
EXPECT      : 'expect';
WITHIN      : 'within';
UNCERTAINTY : 'uncertainty';
WEIGHT      : 'weight';
NOISE       : 'noise';
POLICY      : 'policy';
FORMULA     : 'formula';

// Properties
MAX         : 'max';
SCORE       : 'score';
VALUE       : 'value';
GROUP       : 'group';
MISSING     : 'missing';
RANGE       : 'range';
UNIT        : 'unit';
SOURCE      : 'source';
DOCUMENTED  : 'documented';
ASSUMED     : 'assumed';

// Expressions
IF          : 'if';
THEN        : 'then';
ELSE        : 'else';
AND         : 'and';
OR          : 'or';
NOT         : 'not';
YES         : 'yes';
NO          : 'no';
TIERS       : 'tiers';

LBRACE      : '{';
RBRACE      : '}';
LPAREN      : '(';
RPAREN      : ')';
COMMA       : ',';
COLON       : ':';
DOTDOT      : '..';
DOT         : '.';
ASSIGN      : '=';
PLUS        : '+';
MINUS       : '-';
STAR        : '*';
SLASH       : '/';
LE          : '<=';
GE          : '>=';
EQ          : '==';
NE          : '!=';
LT          : '<';
GT          : '>';
PERCENT     : '%';
PIPE        : '|';
// A spread either way: '±' or, on keyboards without it, '+/-'.
PLUSMINUS   : '\u00B1' | '+/-';

NUMBER      : DIGIT+ ('.' DIGIT+)?;
IDENT       : [a-zA-Z_] [a-zA-Z0-9_]*;
// A name with letters outside ASCII (e.g. Vietnamese): reported with an ASCII suggestion.
NON_ASCII_IDENT : [a-zA-Z_\p{L}] [a-zA-Z0-9_\p{L}\p{M}]*;
// \" \\ \n \t are escapes; a backslash before anything else is itself (Windows paths: "..\x.csv").
STRING      : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS            : [ \t\r\n\u00A0\uFEFF]+ -> channel(HIDDEN);

// Anything else is reported by the parser with a positioned diagnostic.
BAD_CHAR    : .;

fragment DIGIT : [0-9];
