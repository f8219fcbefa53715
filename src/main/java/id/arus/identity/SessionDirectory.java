package id.arus.identity;

import java.util.List;

/** Who is signed in right now. */
public interface SessionDirectory {

    /** Open sessions, most recently active first. */
    List<SignedInUser> signedIn();
}
