/*
 * The caplan language, version 1. Reference: docs/language.md.
 *
 * Whitespace and comments go to the HIDDEN channel (never `skip`): the REPL rewrites one
 * span of a file and must leave every other byte as it was. All semantics (period and
 * number validation, name resolution) live in Java; this grammar only shapes the text.
 */
grammar Caplan;

@lexer::header {
import org.antlr.v4.runtime.misc.Interval;
}

@lexer::members {
    /**
     * Whether the character just before the current token ends a number: a digit or a per cent
     * sign. It looks at the token's start, not at the input's position, because the predicate
     * stands at the rule's end: there it is evaluated only after a '?', so the lexer keeps
     * caching its start state (a predicate at a rule's left edge makes ANTLR recompute the
     * start state for every token: a 5 MB model took half a minute to lex).
     */
    private boolean isGlued() {
        int start = _tokenStartCharIndex;
        if (start <= 0) {
            return false;
        }
        int before = _input.getText(Interval.of(start - 1, start - 1)).codePointAt(0);
        return before >= '0' && before <= '9' || before == '%';
    }
}

// ---------------------------------------------------------------- entry points

model          : item* EOF ;
standaloneExpr : expr EOF ;
standalonePeriod  : period EOF ;
standaloneColumns : columnSpec (',' columnSpec)* EOF ;
replInput
    : item EOF                                                             # replItem
    | location=name locationEntry EOF                                      # replSegment
    | table=name '[' row=name ',' column=period ']' '=' cell EOF           # replCell
    | expr (OVER columnSpec (',' columnSpec)*)? EOF                        # replExpr
    | EOF                                                                  # replEmpty
    ;

// ---------------------------------------------------------------- declarations

item
    : IMPORT path=STRING                                                   # importItem
    | level=(COUNTRY | PROVINCE | REGION | MUNICIPALITY)
          names+=name (',' names+=name)* (IN parent=name)?                 # areaItem
    | KIND kindDef (',' kindDef)*                                          # kindItem
    | GROUP kindDef (',' kindDef)*                                         # groupItem
    | LOCATION name IN area=name KIND kind=name
          '{' locationEntry* '}'                                           # locationItem
    | TABLE name KIND kind=name (UNTIL until=period)?
          '{' (header+=period)+ tableRow* '}'                                 # tableItem
    | LET name '=' expr                                                    # letItem
    | REPORT name title=STRING? '{' reportEntry* '}'                       # reportItem
    | QUOTA name title=STRING? measure=(LEVEL | FLOW) (PER per=stepName)?
          (BY key=name)? '{' quotaEntry* '}'                               # quotaItem
    | ACTUAL name '{' quotaEntry* '}'                                      # actualItem
    | KEY name form=IDENT title=STRING? '{' keyEntry* '}'                  # keyItem
    | CHECK expr (ON when+=period (',' when+=period)*
                 | OVER over+=columnSpec (',' over+=columnSpec)*)?
          (IF KNOWN)? (AS label=STRING)?                                   # checkItem
    | REPORTED signedQuantity '=' expr (TOLERANCE tolerance=quantity)?
          (AS label=STRING)?                                               # reportedItem
    | SCENARIO name (EXTENDS parent=name)? title=STRING?
          '{' scenarioEntry* '}'                                           # scenarioItem
    ;

scenarioEntry
    : EXERCISE OPTIONS                                                     # exerciseAllEntry
    | EXERCISE OPTION optionRef (',' optionRef)*                           # exerciseEntry
    | WITHOUT TENTATIVE                                                    # withoutTentativeEntry
    | ADD item                                                             # addEntry
    | DROP what=(LOCATION | TABLE | LET | QUOTA | KEY | REPORT) name       # dropEntry
    | item                                                                 # replaceEntry
    ;

optionRef      : location=name (option=optionName)? ;
optionName     : name | EXTEND | EXPAND ;

quotaEntry
    : area=name signedQuantity (FROM from=period)? (UNTIL until=period)?   # levelEntry
    | area=name signedQuantity IN during=period                            # flowEntry
    | area=name BACKLOG signedQuantity IN during=period                    # backlogEntry
    | CARRY policy=IDENT                                                   # carryEntry
    ;

keyEntry       : area=name signedQuantity ;
signedQuantity : '-'? quantity ;

kindDef        : name description=STRING? ;

locationEntry
    : CAPACITY places (FROM from=period)? (UNTIL until=period)? lineKind?  # capacityEntry
    | CAPACITY places DURING during=period lineKind?                       # capacityDuringEntry
    | GROUP name quantity                                                  # groupEntry
    | NOTE STRING                                                          # noteEntry
    | OPTION name? EXTEND UNTIL until=period                               # extendOptionEntry
    | OPTION name? EXPAND TO quantity (FROM from=period)? (UNTIL until=period)? # expandOptionEntry
    ;

lineKind       : KIND kind=name ;                           // this line's kind, not the location's
tableRow       : name (IN area=name)? cell+ ;
cell           : quantity | none='-' | unknown=QUESTION ;
places         : quantity | unknown=QUESTION ;                 // '?' alone: the number is not known

reportEntry
    : ROWS expr (AS label=STRING)? (FORMAT numberFormat)?                  # rowsEntry
    | COLUMNS columnSpec (',' columnSpec)*                                 # columnsEntry
    | AGGREGATE aggregation=name                                           # aggregateEntry
    | TOTAL label=STRING?                                                  # totalEntry
    | FORMAT numberFormat                                                  # formatEntry
    ;

// `percent 1`, `decimals 0`, `thousands "."`: the words are checked in Java (like aggregate words)
numberFormat   : formatPart+ ;
formatPart     : word=IDENT (digits=NUMBER | text=STRING)? ;

columnSpec     : first=period ('..' last=period step=stepName?)? ;
stepName       : IDENT | HALF_YEARLY | HALF_YEAR ;

// ---------------------------------------------------------------- expressions
// Alternatives are listed from the tightest binding to the loosest.

expr
    : '(' expr ')'                                                         # parenExpr
    | quantity                                                             # numberExpr
    | CAPACITY selector?                                                   # capacityExpr
    | fn=(IDENT | ACTUAL | BACKLOG) '(' expr (OVER over=columnSpec)? (',' expr)* ')' # callExpr
    | quota=name '[' area=name ']'                                         # quotaExpr
    | name                                                                 # referenceExpr
    | '-' expr                                                             # negateExpr
    | expr op=('*' | '/') expr                                             # multiplyExpr
    | expr op=('+' | '-') expr                                             # addExpr
    | expr op=('<' | '<=' | '>' | '>=' | '=' | '!=') expr                  # compareExpr
    | expr BY key=groupKey                                                 # groupExpr
    | expr AT when=period                                                  # atExpr
    ;

selector       : '[' filter (',' filter)* ']' ;

filter
    : name                                                                 # bareFilter
    | attribute op=('=' | '!=') name                                       # equalsFilter
    | attribute NOT? IN '(' name (',' name)* ')'                           # inFilter
    ;

attribute      : AREA | KIND | LOCATION | GROUP | TABLE ;
groupKey       : KIND | LOCATION | TABLE | COUNTRY | PROVINCE | REGION | MUNICIPALITY ;

// ---------------------------------------------------------------- atoms

quantity       : NUMBER percent='%'? (DOTDOT high=NUMBER | PLUSMINUS spread=NUMBER spreadPercent='%'?)?
                 tentative=GLUED_QUESTION? ;
period         : DATE | WEEK | MONTH | QUARTER | HALF | NUMBER ;
name           : IDENT | STRING ;

// ---------------------------------------------------------------- lexer

IMPORT       : 'import' ;
COUNTRY      : 'country' ;
PROVINCE     : 'province' ;
REGION       : 'region' ;
MUNICIPALITY : 'municipality' ;
AREA         : 'area' ;
KIND         : 'kind' ;
GROUP        : 'group' ;
LOCATION     : 'location' ;
TABLE        : 'table' ;
LET          : 'let' ;
REPORT       : 'report' ;
CAPACITY     : 'capacity' ;
FROM         : 'from' ;
UNTIL        : 'until' ;
DURING       : 'during' ;
NOTE         : 'note' ;
ROWS         : 'rows' ;
COLUMNS      : 'columns' ;
AGGREGATE    : 'aggregate' ;
TOTAL        : 'total' ;
FORMAT       : 'format' ;
AS           : 'as' ;
IN           : 'in' ;
NOT          : 'not' ;
BY           : 'by' ;
AT           : 'at' ;
OVER         : 'over' ;
QUOTA        : 'quota' ;
ACTUAL       : 'actual' ;
KEY          : 'key' ;
CHECK        : 'check' ;
REPORTED     : 'reported' ;
TOLERANCE    : 'tolerance' ;
LEVEL        : 'level' ;
FLOW         : 'flow' ;
PER          : 'per' ;
BACKLOG      : 'backlog' ;
CARRY        : 'carry' ;
ON           : 'on' ;
SCENARIO     : 'scenario' ;
EXTENDS      : 'extends' ;
EXERCISE     : 'exercise' ;
OPTIONS      : 'options' ;
OPTION       : 'option' ;
WITHOUT      : 'without' ;
TENTATIVE    : 'tentative' ;
ADD          : 'add' ;
DROP         : 'drop' ;
EXTEND       : 'extend' ;
EXPAND       : 'expand' ;
TO           : 'to' ;
IF           : 'if' ;
KNOWN        : 'known' ;

// Dates and periods need a four-digit year; their fields are validated in Java so that
// `2023-02-30` is a located "not a date" diagnostic rather than a syntax error.
HALF_YEARLY  : 'half-yearly' ;
HALF_YEAR    : 'half-year' ;

DATE         : YEAR '-' DIGIT+ '-' DIGIT+ ;
MONTH        : YEAR '-' DIGIT+ ;
QUARTER      : YEAR '-Q' DIGIT+ ;
WEEK         : YEAR '-W' DIGIT+ ;    // an ISO 8601 week, 2023-W01
HALF         : YEAR '-H' DIGIT+ ;
NUMBER       : DIGIT (DIGIT | '_')* ('.' DIGIT+)? ;

STRING       : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
IDENT        : [\p{L}_] [\p{L}\p{M}\p{N}_]* ;     // \p{M}: a combining accent typed after its letter (NFC makes it one name)

LE : '<=' ;  GE : '>=' ;  NE : '!=' ;  LT : '<' ;  GT : '>' ;  EQ : '=' ;
PLUS : '+' ; MINUS : '-' ; STAR : '*' ; SLASH : '/' ;
LPAREN : '(' ; RPAREN : ')' ; LBRACE : '{' ; RBRACE : '}' ; LBRACK : '[' ; RBRACK : ']' ;
// A '?' glued to a number (100?, 5%?, 400..600?) marks it tentative; one standing alone (a grid
// cell, capacity ?) says the number is not known. Only the character before it tells them apart.
GLUED_QUESTION : '?' {isGlued()}? ;
COMMA : ',' ; DOTDOT : '..' ; QUESTION : '?' ; PERCENT : '%' ; PLUSMINUS : '±' ;

COMMENT      : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS           : [ \t\r\n\f]+ -> channel(HIDDEN) ;
ERROR_CHAR   : . ;

fragment YEAR  : DIGIT DIGIT DIGIT DIGIT ;
fragment DIGIT : [0-9] ;
