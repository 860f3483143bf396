package disclosure

import "errors"

// Alteration says how a post's pictures, video or sound were changed
// before publication. The zero value is NoAlteration. [Post.Edited] true
// means Retouched: [Post.EffectiveAlteration] gives the value the rules
// judge.
//
// Its text form is the lower-case name ("retouched", "deep-fake");
// parsing ignores case.
//
//enumgen:names none, retouched, generated, deep-fake
type Alteration uint8

// The alterations, from none to the most deceptive.
const (
	// NoAlteration: the post shows what the camera and microphone took.
	NoAlteration Alteration = iota
	// Retouched: filters or retouching changed a face, a body or a
	// pictured result; the post must say so (rule undisclosed-editing).
	Retouched
	// Generated: the picture, video or sound was made or changed by AI;
	// the post must carry an AI label (rule undisclosed-ai-content).
	Generated
	// DeepFake: an AI likeness of a real person, object, place or event
	// (the EU AI Act's "deep fake", art. 3(60)); labelled as Generated is.
	DeepFake
)

// ErrUnknownAlteration is wrapped by errors for text that names no
// alteration, and by [Post.Validate] for a value outside the declared
// constants.
var ErrUnknownAlteration = errors.New("disclosure: unknown alteration")

// Category is what a post promotes, as far as the rules about restricted
// products care. The zero value is UnknownCategory, which makes [Check]
// read the category from the caption with its jurisdiction's product
// words; a declared category always wins over the text.
//
// Its text form is the kebab-case name ("less-healthy-food",
// "cosmetic-procedure"); parsing ignores case.
//
//enumgen:names unknown, other, less-healthy-food, alcohol, nicotine, gambling, investment, crypto, cosmetic-procedure, prescription-medicine
type Category uint8

// The categories.
const (
	UnknownCategory      Category = iota // not declared: Check reads it from the text
	OtherCategory                        // none of the restricted categories below
	LessHealthyFood                      // food or drink high in fat, sugar or salt
	Alcohol                              // alcoholic drinks
	Nicotine                             // tobacco, e-cigarettes, vapes, nicotine pouches
	Gambling                             // betting, casinos, lotteries, betting tips
	Investment                           // CFDs, forex, shares and other financial instruments
	Crypto                               // crypto-assets and services in them
	CosmeticProcedure                    // cosmetic surgery and aesthetic injections
	PrescriptionMedicine                 // medicines sold only on prescription
)

// ErrUnknownCategory is wrapped by errors for text that names no
// category, and by [Post.Validate] for a value outside the declared
// constants.
var ErrUnknownCategory = errors.New("disclosure: unknown category")
